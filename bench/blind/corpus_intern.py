"""Blind evaluation corpus, area "intern": the mail of Hinode Sangyo's summer and winter
internship programme (人事部 インターンシップ事務局, 総務の保険・宿泊手配, 経理の謝礼・交通費,
受入部署, グローバル採用) to universities' career offices and professors, student applicants
on free mail, the accident-insurance agent and insurer, hotels, dormitories, caterers, bus
and printing partners, a payroll office, a tax accountant, a 社労士, a 行政書士 for foreign
students, and foreign partner universities.  Written blind from BRIEF.md (and the names in
SPEC.md), without reading mailguard's code; every person, address and number is invented.
"""

import random

from build import card_number, my_number

SEED = 56001

# -- invented people (deterministic per tag) -------------------------------------------

_SEI = [
    ("佐久間", "サクマ", "Sakuma"), ("五十嵐", "イガラシ", "Igarashi"),
    ("東海林", "ショウジ", "Shoji"), ("百瀬", "モモセ", "Momose"),
    ("小野寺", "オノデラ", "Onodera"), ("鬼塚", "オニヅカ", "Onizuka"),
    ("早乙女", "サオトメ", "Saotome"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("目黒", "メグロ", "Meguro"), ("湯浅", "ユアサ", "Yuasa"),
    ("桑畑", "クワハタ", "Kuwahata"), ("汐見", "シオミ", "Shiomi"),
    ("仁科", "ニシナ", "Nishina"), ("槙野", "マキノ", "Makino"),
    ("雲井", "クモイ", "Kumoi"), ("八重樫", "ヤエガシ", "Yaegashi"),
    ("真壁", "マカベ", "Makabe"), ("井戸川", "イドガワ", "Idogawa"),
    ("穂積", "ホヅミ", "Hozumi"), ("都築", "ツヅキ", "Tsuzuki"),
    ("有働", "ウドウ", "Udo"), ("岩佐", "イワサ", "Iwasa"),
    ("蓮見", "ハスミ", "Hasumi"), ("宍戸", "シシド", "Shishido"),
    ("左近", "サコン", "Sakon"), ("我妻", "アガツマ", "Agatsuma"),
    ("樋渡", "ヒワタシ", "Hiwatashi"), ("漆原", "ウルシバラ", "Urushibara"),
    ("古謝", "コジャ", "Koja"), ("比嘉", "ヒガ", "Higa"),
    ("四元", "ヨツモト", "Yotsumoto"), ("舟橋", "フナハシ", "Funahashi"),
    ("柘植", "ツゲ", "Tsuge"), ("神馬", "ジンバ", "Jinba"),
    ("二階堂", "ニカイドウ", "Nikaido"), ("甘粕", "アマカス", "Amakasu"),
    ("芹沢", "セリザワ", "Serizawa"), ("栗栖", "クリス", "Kurisu"),
    ("白鳥", "シラトリ", "Shiratori"), ("門脇", "カドワキ", "Kadowaki"),
    ("丹後", "タンゴ", "Tango"), ("興梠", "コウロギ", "Korogi"),
]

_MEI = [
    ("陽菜", "ヒナ", "Hina", "女"), ("蒼", "アオイ", "Aoi", "男"),
    ("結衣", "ユイ", "Yui", "女"), ("湊", "ミナト", "Minato", "男"),
    ("芽依", "メイ", "Mei", "女"), ("颯太", "ソウタ", "Sota", "男"),
    ("紬", "ツムギ", "Tsumugi", "女"), ("悠真", "ユウマ", "Yuma", "男"),
    ("美咲", "ミサキ", "Misaki", "女"), ("蓮", "レン", "Ren", "男"),
    ("琴音", "コトネ", "Kotone", "女"), ("大和", "ヤマト", "Yamato", "男"),
    ("千尋", "チヒロ", "Chihiro", "女"), ("陸斗", "リクト", "Rikuto", "男"),
    ("真央", "マオ", "Mao", "女"), ("航平", "コウヘイ", "Kohei", "男"),
    ("彩花", "アヤカ", "Ayaka", "女"), ("隼人", "ハヤト", "Hayato", "男"),
    ("柚希", "ユズキ", "Yuzuki", "女"), ("樹", "イツキ", "Itsuki", "男"),
    ("菜々子", "ナナコ", "Nanako", "女"), ("壮真", "ソウマ", "Soma", "男"),
    ("詩織", "シオリ", "Shiori", "女"), ("啓太", "ケイタ", "Keita", "男"),
    ("凛", "リン", "Rin", "女"), ("智也", "トモヤ", "Tomoya", "男"),
    ("若葉", "ワカバ", "Wakaba", "女"), ("拓真", "タクマ", "Takuma", "男"),
    ("沙耶", "サヤ", "Saya", "女"), ("直樹", "ナオキ", "Naoki", "男"),
]

_PLACES = [
    ("166-0003", "東京都杉並区高円寺南"), ("223-0064", "神奈川県横浜市港北区下田町"),
    ("333-0848", "埼玉県川口市芝下"), ("274-0825", "千葉県船橋市前原西"),
    ("192-0364", "東京都八王子市南大沢"), ("252-0206", "神奈川県相模原市中央区淵野辺"),
    ("359-1106", "埼玉県所沢市東狭山ケ丘"), ("156-0052", "東京都世田谷区経堂"),
    ("270-0034", "千葉県松戸市新松戸"), ("305-0005", "茨城県つくば市天久保"),
    ("501-6115", "岐阜県岐阜市柳津町本郷"), ("464-0814", "愛知県名古屋市千種区不老町"),
    ("194-0041", "東京都町田市玉川学園"), ("214-0014", "神奈川県川崎市多摩区登戸"),
    ("422-8021", "静岡県静岡市駿河区大谷"), ("330-0854", "埼玉県さいたま市大宮区桜木町"),
    ("500-8856", "岐阜県岐阜市橋本町"), ("183-0022", "東京都府中市宮西町"),
]

_FREE = ["gmail.com", "gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com",
         "docomo.ne.jp", "ezweb.ne.jp"]

_ZEN = str.maketrans("0123456789-:/.", "０１２３４５６７８９－：／．")


def _zen(text):
    """ASCII digits and separators → full width, as people type them in Japanese IME."""
    return str(text).translate(_ZEN)


def _people(tag, n, *, mail_domain=None, years=(2002, 2005)):
    """n invented students, the same every build (seeded by SEED and tag)."""
    rng = random.Random(f"{SEED}-{tag}")
    sei = rng.sample(_SEI, n)
    out = []
    for s in sei:
        m = rng.choice(_MEI)
        y = rng.randint(*years)
        dob = (y, rng.randint(1, 12), rng.randint(1, 28))
        phone = (f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-"
                 f"{rng.randint(1000, 9999)}")
        sid = f"{rng.choice('ABCDEK')}{y % 100 + 18:02d}{rng.randint(1000, 9999)}"
        if mail_domain:
            mail = f"{sid.lower()}@{mail_domain}"
        else:
            mail = f"{m[2].lower()}.{s[2].lower()}{rng.randint(1, 98):02d}@{rng.choice(_FREE)}"
        post, town = rng.choice(_PLACES)
        addr = f"{town}{rng.randint(1, 5)}-{rng.randint(1, 32)}-{rng.randint(1, 24)}"
        if rng.random() < 0.4:
            addr += f" {rng.choice(['コーポ', 'ハイツ', 'メゾン', 'グランシエル'])}" \
                    f"{rng.choice(['若松', '桜台', 'ソレイユ', '緑ヶ丘', 'エトワール'])}" \
                    f"{rng.randint(1, 4)}0{rng.randint(1, 8)}"
        out.append({
            "sei": s[0], "mei": m[0], "name": f"{s[0]} {m[0]}",
            "kana": f"{s[1]} {m[1]}", "roma": f"{m[2]} {s[2].upper()}", "sex": m[3],
            "dob": dob, "phone": phone, "mail": mail, "sid": sid,
            "post": post, "addr": addr, "year": rng.choice(["学部3年", "学部3年", "学部2年", "修士1年"]),
            "rng": rng.random(),
        })
    return out


def _ymd(d, sep="/"):
    return f"{d[0]}{sep}{d[1]:02d}{sep}{d[2]:02d}"


def _wareki(d, short=False):
    y, m, day = d
    era, ey = ("平成", y - 1988) if y < 2019 else ("令和", y - 2018)
    if short:
        return f"{'H' if era == '平成' else 'R'}{ey}.{m}.{day}"
    return f"{era}{ey}年{m}月{day}日"


def _pad(text, width):
    """Left-justify to a display width (full-width characters count 2)."""
    w = sum(2 if ord(c) > 0x2E7F else 1 for c in text)
    return text + " " * max(width - w, 1)


# -- signatures of the senders (all internal) ------------------------------------------

_SIG_MORIMOTO = """
――――――――――――――――――――
日の出産業株式会社
人事部 採用グループ インターンシップ事務局
森本 沙織（もりもと さおり）
〒101-0047 東京都千代田区内神田4-12-8 日の出ビル7F
TEL 03-5207-3318 / FAX 03-5207-3390
morimoto.saori@hinode-sangyo.co.jp
――――――――――――――――――――"""

_SIG_OTSUKI = """
--
日の出産業株式会社 人事部 採用グループ
大槻 拓海 Takumi Otsuki
TEL: 03-5207-3321（直通）
Mail: otsuki.takumi@hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/recruit/"""

_SIG_SEKIGUCHI = """
****************************************
日の出産業株式会社 総務部 総務課
関口 恵
〒101-0047 東京都千代田区内神田4-12-8
TEL 03-5207-3302（代表 03-5207-3300）
****************************************"""

_SIG_HIRABAYASHI = """
========================================
日の出産業株式会社 岐阜工場 総務課
平林 誠
〒501-6257 岐阜県羽島市福寿町浅平1182
TEL 058-392-7741 / 携帯 080-6631-2057
hirabayashi.makoto@mail.hinode-sangyo.co.jp
========================================"""

_SIG_ASHIDA = """
-----------------------------------
日の出産業株式会社 経理部 経理課
芦田 健吾
TEL 03-5207-3340
ashida.kengo@hinode-sangyo.co.jp
-----------------------------------"""

_SIG_MIYAJI = """
━━━━━━━━━━━━━━━━━━
日の出産業株式会社
研究開発本部 材料開発部（インターン受入担当）
宮地 玲奈
TEL 03-5207-3471
━━━━━━━━━━━━━━━━━━"""

_SIG_BROWN = """
Best regards,

Emily Brown（エミリー・ブラウン）
Global Recruitment, Human Resources Department
Hinode Sangyo Co., Ltd.
4-12-8 Uchikanda, Chiyoda-ku, Tokyo 101-0047, Japan
Tel: +81-3-5207-3325
e.brown@hinode-sangyo.co.jp"""

_DISCLAIMER_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、送信者にご連絡のうえ削除してください。"""

_DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""



# -- data used by several messages ---------------------------------------------------

_P001 = _people("001", 8, mail_domain="st.minami-kanto-u.ac.jp")
_P009 = _people("009", 10)
_P013 = _people("013", 15)

_COURSE = ["生産技術コース", "材料開発コース", "営業企画コース", "ITソリューションコース"]

_P021 = _people("021", 22)
_P022 = _people("022", 9)
_P024 = _people("024", 6)
_P025 = _people("025", 12)
_BANKS = [("みどり銀行", "神田支店"), ("ゆうちょ銀行", "〇一八支店"), ("東和信用金庫", "本店営業部"),
          ("みどり銀行", "八王子支店"), ("はやぶさネット銀行", "ひまわり支店"), ("岐阜中央銀行", "柳津支店")]
_UNIVS = ["南関東大学", "東都工科大学", "青陵大学", "白雲大学", "旭丘女子大学", "北斗学院大学",
          "東雲大学", "緑風大学", "鴎工業高等専門学校"]

_P026 = _people("026", 3)
_P032 = _people("032", 30)
_P036 = _people("036", 12)

_P043 = _people("043", 8)
_P049 = _people("049", 4, years=(2001, 2004))
_HTML_043 = (
    "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Meiryo,sans-serif\">"
    "<p>川崎電機株式会社 人事部<br>羽鳥 様</p>"
    "<p>いつもお世話になっております。日の出産業 研究開発本部の宮地です。<br>"
    "8/17からの共同研修について、御社工場に配属予定の学生と緊急連絡先を下表にまとめました。<br>"
    "安全教育の受講者名簿としてもお使いください。</p>"
    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
    "<tr style=\"background:#dde\"><th>No</th><th>氏名</th><th>大学</th><th>配属</th>"
    "<th>本人携帯</th><th>緊急連絡先（続柄）</th></tr>"
    + "".join(
        f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{_UNIVS[(i + 5) % 9]}</td>"
        f"<td>{['モータ組立', '品質保証', '生産技術'][i % 3]}</td><td>{p['phone']}</td>"
        f"<td>{p['sei']} {['父', '母', '母', '父', '兄'][i % 5]} "
        f"{['090', '080', '070'][i % 3]}-{p['phone'][-4:]}-{p['phone'][4:8]}</td></tr>"
        for i, p in enumerate(_P043))
    + "</table><p>よろしくお願いいたします。</p>"
    "<p>――<br>日の出産業株式会社 研究開発本部 材料開発部<br>宮地 玲奈<br>TEL 03-5207-3471</p>"
    "</body></html>")

_VN = [("PHAM", "Quang Huy", (2003, 4, 17), "huy.pq03@songhong-ut.edu.vn", "Mechatronics"),
       ("LE", "Thi Mai Anh", (2004, 1, 9), "anh.ltm04@songhong-ut.edu.vn", "Materials Science"),
       ("DO", "Van Thanh", (2003, 10, 28), "thanh.dv03@songhong-ut.edu.vn", "Mechanical Engineering"),
       ("VU", "Ngoc Bich", (2004, 6, 2), "bich.vn04@songhong-ut.edu.vn", "Chemical Engineering"),
       ("HOANG", "Minh Tuan", (2002, 12, 30), "tuan.hm02@songhong-ut.edu.vn", "Computer Science"),
       ("BUI", "Thu Trang", (2003, 8, 21), "trang.bt03@songhong-ut.edu.vn", "Industrial Management")]
_P063 = _people("063", 9)
_P064 = _people("064", 6, mail_domain="stu.tohto-tech.ac.jp")


def _list_064(prefix=""):
    return "".join(f"{prefix}{i + 1}. {p['name']}（{p['kana']}）工学部 {p['year']}　"
                   f"TEL {p['phone']}　{p['mail']}\n" for i, p in enumerate(_P064))

_P073 = _people("073", 6)
_P075 = _people("075", 12, mail_domain="m.hokuto-gakuin.ac.jp")
_P077 = _people("077", 9, years=(2005, 2007))
_HTML_075 = (
    "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\">"
    "<title>選考結果一覧（北斗学院大学）</title></head><body>"
    "<h2>2026年度 夏期インターンシップ 選考結果（北斗学院大学 応募者）</h2>"
    "<p>出力日：2026-07-03　出力者：人事部 採用グループ</p>"
    "<table border=\"1\"><thead><tr><th>受付番号</th><th>氏名</th><th>学部学科</th>"
    "<th>学年</th><th>メール</th><th>結果</th></tr></thead><tbody>"
    + "".join(f"<tr><td>HK-{1041 + i * 3}</td><td>{p['name']}</td>"
              f"<td>{['工学部 機械工学科', '工学部 電気電子工学科', '経営学部 経営学科'][i % 3]}</td>"
              f"<td>{p['year']}</td><td>{p['mail']}</td>"
              f"<td>{['合格', '合格', '補欠', '不合格'][i % 4]}</td></tr>"
              for i, p in enumerate(_P075))
    + "</tbody></table></body></html>")

_P088 = _people("088", 14)
_HOMESTAY = [
    ("Nguyen Hoang Nam", "Vietnam", "14 March 2004", "080-4417-2290", "nam.nguyenhoang04@gmail.com",
     "no pets (allergy), likes football"),
    ("Siti Nurhaliza Putri", "Indonesia", "3 November 2003", "070-3382-6154", "siti.nputri@yahoo.com",
     "female host family preferred"),
    ("Kim Jiwoo", "Korea", "22 August 2004", "090-7120-5843", "jiwoo.kim0822@gmail.com",
     "vegetarian"),
    ("Rizky Pratama", "Indonesia", "17 January 2003", "080-5291-7736", "rizky.pratama03@gmail.com",
     "within 60 min of Gifu-Hashima station"),
    ("Lee Seojun", "Korea", "5 May 2003", "070-6648-0917", "seojun.lee@outlook.com",
     "non-smoking household"),
]


MESSAGES = [

    # 001 — list of 8 students (xlsx, title row, 2 sheets) to a university career office
    {
        "id": "intern-001",
        "charset": "utf-8",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["南関東大学 キャリアセンター 高峰様 <takamine.y@minami-kanto-u.ac.jp>"],
        "subject": "【日の出産業】夏期インターンシップ参加者名簿の送付（貴学分）",
        "body": "南関東大学 キャリアセンター\n高峰 様\n\n"
                "いつもお世話になっております。日の出産業の森本です。\n\n"
                "8月3日（月）から始まります夏期インターンシップにつきまして、\n"
                "貴学から参加予定の学生8名の名簿を添付にてお送りいたします。\n"
                "学内のインターンシップ届出とのご照合にお使いください。\n\n"
                "コースの割り振りは「日程」シートをご覧ください。\n"
                "ご不明点がございましたらお気軽にお問い合わせください。\n\n"
                "よろしくお願いいたします。\n" + _SIG_MORIMOTO,
        "attachments": [{
            "kind": "xlsx",
            "name": "夏期インターン参加者名簿_南関東大学.xlsx",
            "title": "夏期インターン参加者名簿",
            "sheets": {
                "参加者": [["2026年度 夏期インターンシップ 参加者名簿（南関東大学）"], [],
                          ["No", "氏名", "フリガナ", "学部・学年", "携帯電話", "メールアドレス", "コース"]]
                + [[i + 1, p["name"], p["kana"], "経営学部 " + p["year"], p["phone"], p["mail"],
                    _COURSE[i % 4]] for i, p in enumerate(_P001)],
                "日程": [["コース", "期間", "集合場所"],
                         ["生産技術コース", "8/3〜8/7", "岐阜工場 正門守衛所"],
                         ["材料開発コース", "8/3〜8/7", "本社7F 受付"],
                         ["営業企画コース", "8/10〜8/14", "本社7F 受付"],
                         ["ITソリューションコース", "8/10〜8/14", "本社7F 受付"]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "8 students' rows (name, mobile, e-mail) in an XLSX to a university: a list of people",
    },
    # 002 — programme announcement with a PDF outline, no personal data
    {
        "id": "intern-002",
        "charset": "iso-2022-jp",
        "sender": "大槻 拓海 <otsuki.takumi@hinode-sangyo.co.jp>",
        "to": ["東都工科大学 就職支援課 <shushoku@tohto-tech.ac.jp>"],
        "subject": "2026年度 夏期インターンシップ募集のご案内（日の出産業株式会社）",
        "body": "東都工科大学 就職支援課 御中\n\n"
                "平素より大変お世話になっております。\n"
                "日の出産業株式会社 人事部の大槻でございます。\n\n"
                "本年も夏期インターンシップ（5日間・4コース）を実施いたします。\n"
                "募集要項を添付いたしましたので、学内掲示ならびに学生の皆様への\n"
                "ご周知をお願いできれば幸いです。\n\n"
                "　応募締切：2026年6月26日（金）\n"
                "　応募方法：当社採用サイトのエントリーフォームより\n"
                "　交通費　：全額支給（遠方の方は宿泊先も当社で手配）\n\n"
                "何卒よろしくお願い申し上げます。\n" + _SIG_OTSUKI,
        "attachments": [{
            "kind": "pdf",
            "name": "2026夏期インターンシップ募集要項.pdf",
            "title": "2026年度 夏期インターンシップ募集要項",
            "lines": ["2026年度 夏期インターンシップ 募集要項", "",
                      "日の出産業株式会社 人事部 採用グループ", "",
                      "1. 対象：2028年3月卒業見込みの大学生・大学院生・高専生（学部学科不問）",
                      "2. 期間：第1ターム 8月3日〜8月7日 / 第2ターム 8月10日〜8月14日",
                      "3. コース：生産技術 / 材料開発 / 営業企画 / ITソリューション",
                      "4. 定員：各コース8名程度",
                      "5. 待遇：日当なし。交通費実費支給、遠方者は宿泊先を当社手配",
                      "6. 保険：当社にて傷害保険に加入（学研災等への加入もお願いします）",
                      "7. 選考：書類選考・オンライン面談（1回）",
                      "8. 問い合わせ：インターンシップ事務局 intern@hinode-sangyo.co.jp"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "recruitment guide to one university office; no personal data",
    },
    # 003 — same kind of announcement with 4 career offices visible in To
    {
        "id": "intern-003",
        "charset": "cp932",
        "sender": "インターンシップ事務局 <intern@hinode-sangyo.co.jp>",
        "to": ["career-support@seiryo.ac.jp", "cc@asahigaoka-wu.ac.jp",
               "gakusei@kamome-ct.ac.jp", "intern-office@shinonome-u.ac.jp"],
        "subject": "冬期インターンシップ（1day仕事体験）開催のお知らせ",
        "body": "各大学・高専 キャリアセンター ご担当者様\n\n"
                "いつもお世話になっております。\n"
                "日の出産業株式会社 インターンシップ事務局でございます。\n\n"
                "12月に1日完結型の仕事体験プログラムを下記の日程で開催いたします。\n"
                "ご多忙のところ恐縮ですが、学生の皆様へのご案内をお願い申し上げます。\n\n"
                "　■12月5日（土）　本社（東京・内神田）　営業企画の仕事体験\n"
                "　■12月12日（土）　岐阜工場　　　　　　　ものづくり現場体験\n"
                "　■12月19日（土）　オンライン　　　　　　ITソリューション体験\n\n"
                "詳細・エントリーは採用サイトをご覧ください。\n"
                "https://www.hinode-sangyo.co.jp/recruit/intern/\n\n"
                "日の出産業株式会社 人事部 インターンシップ事務局\n"
                "TEL 03-5207-3318　intern@hinode-sangyo.co.jp\n",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four universities' career offices in To: external parties can see each other, should be Bcc",
    },
    # 004 — open-company announcement sent correctly in Bcc
    {
        "id": "intern-004",
        "charset": "utf-8",
        "sender": "インターンシップ事務局 <intern@hinode-sangyo.co.jp>",
        "to": ["インターンシップ事務局 <intern@hinode-sangyo.co.jp>"],
        "bcc": ["shushoku@tohto-tech.ac.jp", "career@hokuto-gakuin.ac.jp",
                "takamine.y@minami-kanto-u.ac.jp", "intern-office@shinonome-u.ac.jp",
                "cc@asahigaoka-wu.ac.jp", "career-support@seiryo.ac.jp"],
        "subject": "【ご案内】オープン・カンパニー（岐阜工場見学会）10月開催",
        "body": "キャリアセンター ご担当者様\n"
                "（本メールはBCCにて複数の大学様にお送りしております）\n\n"
                "お世話になっております。日の出産業 インターンシップ事務局です。\n\n"
                "10月17日（土）に岐阜工場の見学会（オープン・カンパニー）を開催します。\n"
                "学年不問・当日選考なし・所要3時間程度のプログラムです。\n"
                "岐阜羽島駅から送迎バスを運行いたします（会場アクセスは添付の地図参照）。\n\n"
                "学生の皆様へお知らせいただけますと幸いです。\n\n"
                "日の出産業株式会社 インターンシップ事務局\n"
                "intern@hinode-sangyo.co.jp\n",
        "attachments": [{"kind": "png", "name": "gifu_access_map.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "announcement with the universities in Bcc, nothing personal",
    },
    # 005 — residence card and passport of a foreign student to an administrative scrivener
    {
        "id": "intern-005",
        "charset": "utf-8",
        "sender": "Emily Brown <e.brown@hinode-sangyo.co.jp>",
        "to": ["小山行政書士事務所 小山先生 <koyama@koyama-gyosei.jp>"],
        "subject": "留学生の有給インターン受入れに関するご相談（資格外活動の範囲）",
        "body": "小山先生\n\n"
                "いつもお世話になっております。日の出産業 人事部のブラウンです。\n\n"
                "この夏、留学生1名を有給インターン（20日間・1日8時間）として受け入れる予定です。\n"
                "夏季休業期間中であれば1日8時間で問題ないか、ご確認をお願いできますでしょうか。\n"
                "本人から提出された在留カードの内容は以下のとおりです。\n\n"
                "　氏名　　　　　：NGUYEN THI LAN（グエン・ティ・ラン）\n"
                "　国籍・地域　　：ベトナム\n"
                "　生年月日　　　：2002年9月14日\n"
                "　在留資格　　　：留学\n"
                "　在留カード番号：RK47028153GA\n"
                "　在留期間満了日：2027年3月31日\n"
                "　資格外活動許可：有（原則週28時間以内・風俗営業等の従事を除く）\n"
                "　旅券番号　　　：C7730218\n"
                "　在籍校　　　　：青陵大学大学院 工学研究科 修士1年\n\n"
                "夏季休業は大学の学年暦で8月1日〜9月20日です。\n"
                "お忙しいところ恐縮ですが、よろしくお願いいたします。\n" + _SIG_BROWN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "a foreign student's residence card and passport numbers to an outside scrivener",
    },
    # 006 — My Number of one paid intern to the tax accountant
    {
        "id": "intern-006",
        "charset": "iso-2022-jp",
        "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
        "to": ["税理士法人桐生会計 奥貫様 <okunuki@kiryu-tax.jp>"],
        "subject": "長期インターン報酬の支払調書作成について",
        "body": "税理士法人桐生会計\n奥貫 様\n\n"
                "お世話になっております。日の出産業 経理部の芦田です。\n\n"
                "業務委託で受け入れている長期インターン生1名について、\n"
                "支払調書の作成をお願いいたします。必要事項は下記のとおりです。\n\n"
                "【支払を受ける者】\n"
                "　氏名　　：漆原 若葉（ウルシバラ ワカバ）\n"
                "　住所　　：〒156-0052 東京都世田谷区経堂3-18-6 メゾン桜台203\n"
                "　生年月日：平成16年1月22日\n"
                f"　個人番号：{my_number(SEED + 1)[:4]} {my_number(SEED + 1)[4:8]} {my_number(SEED + 1)[8:]}\n"
                "【支払金額】264,000円（源泉徴収税額 26,952円）\n"
                "【区分】原稿・デザイン料（社内報インフォグラフィック制作）\n\n"
                "ご確認のほどよろしくお願いいたします。\n" + _SIG_ASHIDA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an intern's My Number with address and birth date to the outside tax office",
    },
    # 007 — wheelchair user: disability tied to a named student, to the hotel
    {
        "id": "intern-007",
        "charset": "cp932",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊営業 上條様 <kamijo@sakura-hotel.jp>"],
        "subject": "【ご相談】インターン参加者のお部屋（バリアフリー対応）について",
        "body": "さくらホテル 宿泊営業部\n上條様\n\n"
                "いつも大変お世話になっております。日の出産業 総務の関口です。\n"
                "8月3日〜7日のインターン研修の宿泊の件で、追加のご相談です。\n\n"
                "参加者のうち、南関東大学3年の百瀬 湊さんが車いすを使用されています。\n"
                "（脊髄損傷による両下肢機能障害、身体障害者手帳1種2級とのことです）\n\n"
                "つきましては、以下をご対応いただけるか、ご確認いただけますでしょうか。\n"
                "　・ユニバーサルルーム（ロールインシャワー）1室、4泊\n"
                "　・シャワーチェアの貸出\n"
                "　・朝食会場のテーブル席の確保\n\n"
                "ご本人からは、情報をホテル様と共有することについて了承をいただいております。\n"
                "お手数ですが、よろしくお願いいたします。\n" + _SIG_SEKIGUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "disability (身体障害者手帳, diagnosis) of a named student to the hotel: sensitive data of one person",
    },
    # 008 — room block request, counts only
    {
        "id": "intern-008",
        "charset": "cp932",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["上條様 <kamijo@sakura-hotel.jp>"],
        "subject": "8月 インターンシップ研修 宿泊ブロックのご依頼",
        "body": "さくらホテル 上條様\n\n"
                "いつもお世話になっております。日の出産業 総務課の関口でございます。\n"
                "本年も夏期インターンシップの宿泊でお世話になりたく、ご連絡いたしました。\n\n"
                "　期間　　：2026年8月2日（日）IN 〜 8月7日（金）OUT（5泊）\n"
                "　客室　　：シングル（禁煙）14室\n"
                "　食事　　：朝食付き\n"
                "　精算　　：一括請求（請求書払い）\n"
                "　宛名　　：日の出産業株式会社 総務部\n\n"
                "宿泊者名は7月17日までにルーミングリストでお送りいたします。\n"
                "昨年同様の法人料金（1泊 9,800円・税サ込）でお願いできれば幸いです。\n\n"
                "ご検討のほどよろしくお願いいたします。\n" + _SIG_SEKIGUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "hotel block booking with room counts and rates; no guest names yet",
    },
    # 009 — rooming list padded in the body (reply with the hotel's mail quoted)
    {
        "id": "intern-009",
        "charset": "iso-2022-jp",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["上條様 <kamijo@sakura-hotel.jp>"],
        "subject": "Re: 8月 インターンシップ研修 宿泊ブロックのご依頼（ルーミングリスト）",
        "body": "上條様\n\nお世話になっております。関口です。\n"
                "ルーミングリストをお送りします。到着が遅くなる方には当日連絡が取れるよう、\n"
                "携帯番号も記載しております。\n\n"
                + _pad("部屋", 6) + _pad("氏名", 16) + _pad("性別", 6) + _pad("IN", 7)
                + _pad("OUT", 7) + "携帯\n" + "-" * 62 + "\n"
                + "".join(_pad(f"S{i + 1:02d}", 6) + _pad(p["name"], 16) + _pad(p["sex"], 6)
                          + _pad("8/2", 7) + _pad("8/7", 7) + p["phone"] + "\n"
                          for i, p in enumerate(_P009))
                + "\n以上10名です。残り4室は引率社員分として別途ご連絡します。\n"
                + _SIG_SEKIGUCHI + "\n\n"
                "> 日の出産業株式会社 関口様\n"
                "> 平素は格別のお引き立てを賜り厚く御礼申し上げます。\n"
                "> 8/2〜8/7 シングル14室、法人料金にて確保いたしました。\n"
                "> ルーミングリストは7/17までにお送りください。\n"
                "> さくらホテル 宿泊営業部 上條\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "rooming list of 10 interns (name, sex, mobile) in new text to the hotel",
    },
    # 010 — look-alike of the partner hotel's domain (l → i)
    {
        "id": "intern-010",
        "charset": "utf-8",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["上條様 <kamijo@sakura-hotei.jp>"],
        "subject": "宿泊日程変更のお願い（日の出産業 インターン研修）",
        "body": "さくらホテル 上條様\n\n"
                "お世話になっております。日の出産業の関口です。\n"
                "先日お送りしたルーミングリストのうち、S03とS07の2室について、\n"
                "チェックインを8月2日から8月3日に変更させてください（OUTは8/7のまま）。\n"
                "キャンセル料が発生する場合はお知らせください。\n\n"
                "よろしくお願いいたします。\n" + _SIG_SEKIGUCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "sakura-hotei.jp is a one-letter look-alike of the partner sakura-hotel.jp",
    },
    # 011 — interview slot to one applicant on gmail
    {
        "id": "intern-011",
        "charset": "iso-2022-jp",
        "sender": "大槻 拓海 <otsuki.takumi@hinode-sangyo.co.jp>",
        "to": ["鬼塚 颯太 <sota.onizuka.0615@gmail.com>"],
        "subject": "【日の出産業】インターンシップ オンライン面談日程のご連絡",
        "body": "鬼塚 颯太 様\n\n"
                "この度は当社の夏期インターンシップにご応募いただき、ありがとうございます。\n"
                "日の出産業 人事部の大槻です。\n\n"
                "書類選考の結果、オンライン面談にお進みいただくことになりました。\n"
                "下記の日程でご参加をお願いいたします。\n\n"
                "　日時：7月9日（木）14:00〜14:30\n"
                "　方法：Microsoft Teams（URLは前日までにお送りします）\n"
                "　内容：志望動機・学生時代に力を入れたこと など\n\n"
                "ご都合が悪い場合は、7月6日までに本メールにご返信ください。\n" + _SIG_OTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "ordinary mail to one applicant on free mail; only the recipient's own name",
    },
    # 012 — the student's own residence card number sent back to him for confirmation
    {
        "id": "intern-012",
        "charset": "utf-8",
        "sender": "Emily Brown <e.brown@hinode-sangyo.co.jp>",
        "to": ["Tran Minh Khoa <khoa.tranminh@gmail.com>"],
        "subject": "Please confirm your residence card details / 在留カード情報のご確認",
        "body": "Dear Mr Tran,\n\n"
                "Thank you for sending us a copy of your residence card. Before your internship\n"
                "starts on 3 August, could you please confirm that we recorded it correctly?\n\n"
                "  Name:                 TRAN MINH KHOA\n"
                "  Date of birth:        2001-12-06\n"
                "  Residence card No.:   TM51203847KB\n"
                "  Status of residence:  Student (留学)\n"
                "  Period of stay until: 2028-03-31\n"
                "  Permission to engage in activity other than that permitted: Yes\n\n"
                "If anything is wrong, just reply to this e-mail. Please do not send the card\n"
                "image again by e-mail; bring the original card on your first day instead.\n\n"
                "トラン様\n在留カードの記載内容をご確認ください。誤りがあればご返信ください。\n"
                + _SIG_BROWN,
        "expect": "either",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a residence card number goes out, but only to its own holder: a privacy officer could judge either way",
    },

    # 013 — accident insurance enrolment: CSV (cp932) of 15 interns to the agent
    {
        "id": "intern-013",
        "charset": "cp932",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["ひなた保険サービス 坂巻様 <sakamaki@hinata-hoken.co.jp>"],
        "subject": "インターンシップ傷害保険 加入者名簿（8月実施分）",
        "body": "ひなた保険サービス株式会社\n坂巻 様\n\n"
                "いつもお世話になっております。日の出産業の関口です。\n"
                "先日お見積りいただいた傷害保険（プランB）について、加入者名簿をお送りします。\n"
                "第1ターム参加の15名分です。第2タームは確定しだいお送りします。\n\n"
                "保険期間：2026年8月2日〜8月7日\n"
                "ご確認のうえ、加入手続きをお願いいたします。\n" + _SIG_SEKIGUCHI,
        "attachments": [{
            "kind": "csv",
            "name": "傷害保険_加入者名簿_第1ターム.csv",
            "encoding": "cp932",
            "rows": [["連番", "氏名", "フリガナ", "性別", "生年月日", "郵便番号", "住所", "保険期間"]]
            + [[i + 1, p["name"], p["kana"], p["sex"], _ymd(p["dob"]), p["post"], p["addr"],
                "2026/08/02-2026/08/07"] for i, p in enumerate(_P013)],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "15 insured interns with birth date and home address in a CSV to the insurance agent",
    },
    # 014 — plan decided from a quote; the agent's price table is quoted
    {
        "id": "intern-014",
        "charset": "utf-8",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["坂巻 浩二 <sakamaki@hinata-hoken.co.jp>"],
        "subject": "RE: 【お見積】インターンシップ参加者向け傷害保険",
        "body": "坂巻様\n\n"
                "お見積りありがとうございました。\n"
                "社内で検討の結果、プランBでお願いしたいと思います。\n"
                "対象は約30名（2ターム合計）、期間は各ターム6日間の予定です。\n"
                "加入者名簿の様式がございましたらお送りいただけますか。\n\n"
                "関口\n\n"
                "-----Original Message-----\n"
                "From: 坂巻 浩二 <sakamaki@hinata-hoken.co.jp>\n"
                "Sent: Tuesday, June 16, 2026 10:12 AM\n"
                "To: 関口 恵\n"
                "Subject: 【お見積】インターンシップ参加者向け傷害保険\n\n"
                "日の出産業株式会社 関口様\n\n"
                "標記の件、下記のとおりお見積りいたします（1名・7日間まで）。\n\n"
                "　　　　　死亡・後遺障害　入院日額　通院日額　賠償責任　　保険料\n"
                "プランA　　　300万円　　　2,000円　1,000円　 1億円　　　 310円\n"
                "プランB　　　500万円　　　3,000円　2,000円　 1億円　　　 450円\n"
                "プランC　　1,000万円　　　5,000円　3,000円　 3億円　　　 780円\n\n"
                "※就業中・通勤途上のケガが対象です。\n"
                "ひなた保険サービス株式会社 法人営業部 坂巻\n"
                "TEL 03-6418-2275\n",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "insurance plan and price table, counts only; the agent's own signature is quoted",
    },
    # 015 — accident report with a diagnosis, to the insurer with the agent in Cc
    {
        "id": "intern-015",
        "charset": "cp932",
        "sender": "平林 誠 <hirabayashi.makoto@mail.hinode-sangyo.co.jp>",
        "to": ["常盤損害保険 事故受付センター <jiko-uketsuke@tokiwa-sonpo.co.jp>"],
        "cc": ["坂巻様 <sakamaki@hinata-hoken.co.jp>"],
        "subject": "【事故報告】インターンシップ参加学生の負傷について（証券番号 TS-2026-0471185）",
        "body": "常盤損害保険株式会社 事故受付センター ご担当者様\n"
                "（CC：ひなた保険サービス 坂巻様）\n\n"
                "日の出産業株式会社 岐阜工場 総務課の平林と申します。\n"
                "標記保険の被保険者が負傷しましたので、ご報告いたします。\n\n"
                "1. 事故日時　：2026年8月5日（水）10時40分ごろ\n"
                "2. 事故場所　：岐阜工場 第2組立棟 部品搬入口\n"
                "3. 被保険者　：八重樫 蒼（ヤエガシ アオイ）　生年月日 2004年5月30日\n"
                "　　　　　　　　北斗学院大学 工学部 機械工学科 3年\n"
                "4. 状況　　　：部品台車を押して移動中、柱との間に右手を挟んだもの\n"
                "5. 傷病名　　：右第4中手骨骨折（羽島中央病院 整形外科にて診断）\n"
                "　　　　　　　　全治約6週間、ギプス固定のうえ週1回通院の見込み\n"
                "6. 労災との関係：雇用関係なし（無給インターン）\n\n"
                "必要書類をご案内いただけますと幸いです。\n" + _SIG_HIRABAYASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "a named intern's injury and diagnosis (medical) to the insurer: sensitive data of one person",
    },
    # 016 — claim follow-up without the student's details
    {
        "id": "intern-016",
        "charset": "cp932",
        "sender": "平林 誠 <hirabayashi.makoto@mail.hinode-sangyo.co.jp>",
        "to": ["坂巻様 <sakamaki@hinata-hoken.co.jp>"],
        "subject": "Re: 保険金請求書類の件（事故受付番号 TK-26-081193）",
        "body": "坂巻様\n\n"
                "お世話になっております。岐阜工場の平林です。\n"
                "請求書類一式、本日郵送で受け取りました。ありがとうございます。\n\n"
                "・保険金請求書（会社記入欄）：当方で記入し、8/21までに返送します\n"
                "・被保険者記入欄と診断書：ご本人から直接御社へ郵送いただくよう伝えました\n"
                "・事故状況の写真：添付のとおりです\n\n"
                "引き続きよろしくお願いいたします。\n\n"
                "平林\n",
        "attachments": [{"kind": "png", "name": "jiko_genba_0805.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "claim paperwork by claim number; the injured student is not named and no diagnosis",
    },
    # 017 — attendance workbook (7 students) to a professor for credit recognition
    {
        "id": "intern-017",
        "charset": "utf-8",
        "sender": "宮地 玲奈 <miyaji.rena@hinode-sangyo.co.jp>",
        "to": ["真柴 俊介 先生 <mashiba@sci.hakuun-u.ac.jp>"],
        "subject": "インターンシップ出席記録（単位認定用）の送付",
        "body": "白雲大学 理工学部\n真柴 先生\n\n"
                "お世話になっております。日の出産業 研究開発本部の宮地です。\n"
                "先日終了したインターンシップについて、単位認定用の出席記録をお送りします。\n"
                "様式は先生からいただいたものに合わせております。\n\n"
                "不足の情報がありましたらお知らせください。\n" + _SIG_MIYAJI,
        "attachments": [{
            "kind": "xlsx",
            "name": "出席記録_白雲大学_2026夏.xlsx",
            "sheets": {
                "出席簿": [["インターンシップ出席簿（受入先：日の出産業株式会社 材料開発部）"],
                          ["学籍番号", "氏名", "8/3", "8/4", "8/5", "8/6", "8/7", "出席日数", "遅刻・早退"],
                          ["S25M0012", "真壁 樹", "○", "○", "○", "○", "○", 5, ""],
                          ["S23E1102", "四元 千尋", "○", "○", "×", "○", "○", 4, ""],
                          ["S23E1133", "雲井 颯太", "○", "○", "○", "○", "○", 5, "遅刻1"],
                          ["S23E1165", "岩佐 紬", "○", "○", "○", "○", "○", 5, ""],
                          ["S23E1208", "二階堂 拓真", "○", "○", "○", "○", "△", 5, "早退1"],
                          ["S24M0019", "白鳥 美咲", "○", "○", "○", "○", "○", 5, ""],
                          ["S24M0031", "興梠 智也", "○", "×", "○", "○", "○", 4, ""]],
                "記入要領": [["○：出席　×：欠席　△：早退または遅刻"],
                             ["実習時間：9:00〜17:30（休憩60分）"]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "7 students' rows (student no., name, daily attendance) to the university: a list of people",
    },
    # 018 — one student's evaluation sheet to her professor
    {
        "id": "intern-018",
        "charset": "utf-8",
        "sender": "宮地 玲奈 <miyaji.rena@hinode-sangyo.co.jp>",
        "to": ["笹倉先生 <sasakura@ryokufu.ac.jp>"],
        "subject": "インターンシップ評価票（穂積 千尋さん）",
        "body": "緑風大学 経済学部\n笹倉 先生\n\n"
                "いつもお世話になっております。日の出産業の宮地です。\n"
                "ゼミから参加いただいた穂積さんの評価票をお送りします。\n"
                "5日間とても熱心に取り組んでおられました。\n\n"
                "ご査収のほどよろしくお願いいたします。\n" + _SIG_MIYAJI,
        "attachments": [{
            "kind": "docx",
            "name": "評価票_穂積千尋.docx",
            "title": "インターンシップ評価票",
            "paragraphs": ["インターンシップ評価票", "学生氏名：穂積 千尋（緑風大学 経済学部3年）",
                           "実習期間：2026年8月10日〜8月14日（営業企画コース）",
                           "評価者：研究開発本部 材料開発部 宮地 玲奈"],
            "tables": [[["評価項目", "評価", "所見"],
                        ["積極性", "A", "質問が多く、自ら顧客訪問への同行を申し出た"],
                        ["協調性", "A", "グループワークで議論をまとめる役割を担った"],
                        ["課題解決力", "B", "データ分析は丁寧。提案の具体性に伸びしろあり"],
                        ["ビジネスマナー", "B", "言葉遣いは適切。報連相をより早めに"],
                        ["総合", "A-", "当社の業務をよく理解し、成果発表も好評だった"]]],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "one student's evaluation to her own professor: one person's record, may be warned",
    },
    # 019 — internal selection criteria stamped 社外秘 sent to the internship agency
    {
        "id": "intern-019",
        "charset": "iso-2022-jp",
        "sender": "大槻 拓海 <otsuki.takumi@hinode-sangyo.co.jp>",
        "to": ["インターンブリッジ 丹波様 <tamba@intern-bridge.jp>"],
        "subject": "選考フロー資料の送付",
        "body": "インターンブリッジ株式会社\n丹波 様\n\n"
                "お世話になっております。日の出産業の大槻です。\n"
                "先日のお打合せでお話しした当社の選考フローの資料をお送りします。\n"
                "学生さんへのご説明の参考になれば幸いです。\n\n"
                "よろしくお願いいたします。\n" + _SIG_OTSUKI,
        "attachments": [{
            "kind": "docx",
            "name": "2026インターン選考基準_人事部.docx",
            "page_header": "社外秘",
            "title": "2026年度インターンシップ 選考基準（人事部）",
            "paragraphs": ["2026年度 インターンシップ選考基準", "人事部 採用グループ 2026年5月改訂",
                           "1. 書類選考：ES評価（論理性40%・志望度30%・専門性30%）で上位60%を通過",
                           "2. 面談：評価シートの5項目で3.2点以上を合格とする",
                           "3. 重点校（別表）の学生は面談枠を優先して確保する",
                           "4. 本選考への優遇：インターン評価A以上の学生に早期選考の案内を送る"],
            "tables": [[["区分", "目標応募数", "目標参加数"], ["理系", "240", "24"],
                        ["文系", "180", "16"]]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached document carries a 社外秘 page header and goes to an outside agency",
    },
    # 020 — mail about the NDA (秘密保持誓約書) with a blank template
    {
        "id": "intern-020",
        "charset": "iso-2022-jp",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["青陵大学 キャリア支援室 江頭様 <egashira@seiryo.ac.jp>"],
        "subject": "誓約書（秘密保持）のひな形について",
        "body": "青陵大学 キャリア支援室\n江頭 様\n\n"
                "お世話になっております。日の出産業の森本です。\n\n"
                "お問い合わせいただいた件、当社ではインターン初日に参加学生から\n"
                "秘密保持に関する誓約書をご提出いただいております。\n"
                "大学様で事前に内容をご確認いただけるよう、ひな形をお送りします。\n\n"
                "なお、大学様との間で秘密保持契約（NDA）を別途締結する必要はございません。\n"
                "ご不明な点があればお知らせください。\n" + _SIG_MORIMOTO,
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持誓約書_ひな形.docx",
            "paragraphs": ["誓約書", "日の出産業株式会社 代表取締役 殿",
                           "私は、貴社のインターンシップに参加するにあたり、下記事項を遵守することを誓約します。",
                           "1. 実習中に知り得た貴社および貴社取引先の技術上・営業上の情報を、第三者に開示しません。",
                           "2. 貴社の許可なく、資料・データを社外に持ち出しません。",
                           "3. 本誓約はインターンシップ終了後も有効とします。",
                           "　　年　　月　　日", "大学名：＿＿＿＿＿＿＿＿", "氏名：＿＿＿＿＿＿＿＿　印"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with a blank pledge template: a mention, not a marking",
    },
    # 021 — real applicant export (22 rows, UTF-8 CSV inside a plain ZIP) to the system vendor
    {
        "id": "intern-021",
        "charset": "utf-8",
        "sender": "大槻 拓海 <otsuki.takumi@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 瀬戸口様 <setoguchi@tsubasa-system.jp>"],
        "subject": "エントリー管理システム 移行データ（取込テスト用）",
        "body": "ツバサシステム株式会社\n瀬戸口様\n\n"
                "お世話になっております。日の出産業の大槻です。\n"
                "新エントリー管理システムの取込テスト用に、旧システムからの出力データを送ります。\n"
                "ダミーを作る時間がなかったので、夏期インターンの実データ（22件）です。\n"
                "テスト後は削除をお願いします。\n\n"
                "文字コードはUTF-8、区切りはカンマです。\n" + _SIG_OTSUKI,
        "attachments": [{
            "kind": "zip",
            "name": "entry_export_20260612.zip",
            "files": [
                {"kind": "csv", "name": "entry_summer2026.csv", "encoding": "utf-8",
                 "rows": [["entry_id", "name", "name_kana", "birthday", "university", "grade",
                           "email", "tel"]]
                 + [[f"SU26-{301 + i:04d}", p["name"], p["kana"], _ymd(p["dob"], "-"),
                     _UNIVS[i % len(_UNIVS)], p["year"], p["mail"], p["phone"]]
                    for i, p in enumerate(_P021)]},
                {"kind": "txt", "name": "readme.txt",
                 "text": "旧システム（Ver.3）からの出力\n出力日：2026-06-12\n件数：22\n"},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "22 applicants' records in a CSV inside a ZIP to the system vendor (partner, still external)",
    },
    # 022 — PPAP: password ZIP to the agency
    {
        "id": "intern-022",
        "charset": "utf-8",
        "sender": "大槻 拓海 <otsuki.takumi@hinode-sangyo.co.jp>",
        "to": ["丹波 真理子 <tamba@intern-bridge.jp>"],
        "subject": "【送付】御社経由エントリー者の選考状況",
        "body": "丹波様\n\n"
                "お世話になっております。日の出産業の大槻です。\n"
                "御社経由でエントリーいただいた学生の選考状況をお送りします。\n"
                "ファイルはパスワード付きZIPです。パスワードは別メールでお送りします。\n\n"
                "大槻\n",
        "attachments": [{
            "kind": "zip",
            "name": "選考状況_インターンブリッジ経由.zip",
            "password": "Hn#2026summer",
            "files": [{"kind": "csv", "name": "senko_status.csv",
                       "rows": [["氏名", "大学", "メール", "状況"]]
                       + [[p["name"], _UNIVS[i % 9], p["mail"], ["面談待ち", "通過", "見送り"][i % 3]]
                          for i, p in enumerate(_P022)]}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP cannot be inspected (its content is not scannable, so no entities listed)",
    },
    # 023 — the password mail that follows
    {
        "id": "intern-023",
        "charset": "utf-8",
        "sender": "大槻 拓海 <otsuki.takumi@hinode-sangyo.co.jp>",
        "to": ["丹波 真理子 <tamba@intern-bridge.jp>"],
        "subject": "【パスワード】御社経由エントリー者の選考状況",
        "body": "丹波様\n\n先ほどお送りしたファイルのパスワードです。\n\n"
                "　Hn#2026summer\n\n"
                "よろしくお願いいたします。\n大槻\n",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a password on its own, no attachment and no personal data",
    },
    # 024 — bank accounts of 6 interns (xlsx) to the payroll outsourcer
    {
        "id": "intern-024",
        "charset": "iso-2022-jp",
        "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
        "to": ["ペイロールパートナーズ 松浦様 <matsuura@payroll-partners.co.jp>"],
        "subject": "7月分 インターン交通費精算 振込データ",
        "body": "ペイロールパートナーズ株式会社\n松浦 様\n\n"
                "いつもお世話になっております。日の出産業 経理部の芦田です。\n"
                "7月実施の1dayインターン参加者の交通費精算分、振込データをお送りします。\n"
                "振込指定日は8月7日でお願いします。\n\n"
                "よろしくお願いいたします。\n" + _SIG_ASHIDA,
        "attachments": [{
            "kind": "xlsx",
            "name": "交通費振込_202607.xlsx",
            "sheets": {
                "振込一覧": [["氏名", "フリガナ", "金融機関", "支店", "種別", "口座番号", "金額"]]
                + [[p["name"], p["kana"], _BANKS[i][0], _BANKS[i][1], "普通",
                    f"{int(p['rng'] * 9000000) + 1000000:07d}", [3240, 12880, 1460, 21300, 5170, 8920][i]]
                   for i, p in enumerate(_P024)],
                "集計": [["件数", 6], ["合計", 53010], ["振込日", "2026/08/07"]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "6 interns' bank accounts with names to an outside payroll office: a list of people",
    },
    # 025 — the full participant list, internal recipients only
    {
        "id": "intern-025",
        "charset": "utf-8",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["大槻 拓海 <otsuki.takumi@hinode-sangyo.co.jp>"],
        "cc": ["平林 誠 <hirabayashi.makoto@mail.hinode-sangyo.co.jp>",
               "宮地 玲奈 <miyaji.rena@hinode-sangyo.co.jp>"],
        "subject": "夏期インターン 第1ターム最終参加者一覧（社内共有）",
        "body": "大槻さん、平林さん、宮地さん\n\n"
                "第1タームの最終参加者一覧です（辞退2名反映済み）。\n"
                "当日の連絡用に携帯とメールも入れています。社外には出さないでください。\n\n"
                "No\t氏名\t大学\t学年\t携帯\tメール\n"
                + "".join(f"{i + 1}\t{p['name']}\t{_UNIVS[(i * 2) % 9]}\t{p['year']}\t{p['phone']}\t{p['mail']}\n"
                          for i, p in enumerate(_P025))
                + "\n森本\n",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "12 participants' contacts, but every recipient is internal (incl. mail. subdomain)",
    },

    # 026 — look-alike of the own domain (co. dropped): 3 interns' mobiles
    {
        "id": "intern-026",
        "charset": "cp932",
        "sender": "平林 誠 <hirabayashi.makoto@mail.hinode-sangyo.co.jp>",
        "to": ["宮地 玲奈 <miyaji.rena@hinode-sangyo.jp>"],
        "subject": "受入部署の緊急連絡先（インターン3名分）",
        "body": "宮地さん\n\n"
                "お疲れさまです。岐阜工場の平林です。\n"
                "来週から材料開発部で受け入れる3名の携帯番号です。\n"
                "実習中に体調不良などがあった場合の連絡用にお使いください。\n\n"
                + "".join(f"・{p['name']}（{p['kana']}）　{p['phone']}\n" for p in _P026)
                + "\nよろしくお願いします。\n" + _SIG_HIRABAYASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague but addressed to hinode-sangyo.jp: a look-alike of the own domain",
    },
    # 027 — five applicants on free mail visible to each other in To
    {
        "id": "intern-027",
        "charset": "iso-2022-jp",
        "sender": "インターンシップ事務局 <intern@hinode-sangyo.co.jp>",
        "to": ["ayaka.nishina22@gmail.com", "t-kadowaki0930@yahoo.co.jp",
               "mao_shiomi@outlook.jp", "keita.makino@icloud.com", "hozumi.r.2004@gmail.com"],
        "subject": "【日の出産業】オンライン会社説明会（6/20）参加URLのご案内",
        "body": "ご応募いただいた皆様\n\n"
                "日の出産業株式会社 インターンシップ事務局です。\n"
                "6月20日（土）10:00からのオンライン会社説明会の参加URLをお送りします。\n\n"
                "　https://teams.example-meet.jp/l/hinode-0620\n"
                "　ミーティングID：418 227 905\n\n"
                "開始5分前までに入室し、カメラはオンでご参加ください。\n"
                "どうぞよろしくお願いいたします。\n\n"
                "日の出産業株式会社 人事部 インターンシップ事務局\n",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "five private persons in To see each other's addresses: should have been Bcc",
    },
    # 028 — the reminder done right: students in Bcc
    {
        "id": "intern-028",
        "charset": "utf-8",
        "sender": "インターンシップ事務局 <intern@hinode-sangyo.co.jp>",
        "to": ["intern@hinode-sangyo.co.jp"],
        "bcc": ["ayaka.nishina22@gmail.com", "t-kadowaki0930@yahoo.co.jp",
                "mao_shiomi@outlook.jp", "keita.makino@icloud.com"],
        "subject": "【リマインド】明日10:00 オンライン会社説明会",
        "body": "※本メールは一斉送信（BCC）でお送りしています。\n\n"
                "いよいよ明日、オンライン会社説明会を開催します。\n"
                "参加URLは先日のメールをご確認ください。\n"
                "接続トラブルの際は 03-5207-3318（インターンシップ事務局）までお電話ください。\n\n"
                "日の出産業株式会社 インターンシップ事務局\n",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "students in Bcc, nothing visible to each other; free-mail recipients only warn",
    },
    # 029 — religious dietary needs of named interns to the caterer
    {
        "id": "intern-029",
        "charset": "utf-8",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 蔦谷様 <tsutaya@kitaguni-foods.co.jp>"],
        "subject": "研修期間中の昼食 個別対応のお願い",
        "body": "北国フーズ株式会社\n蔦谷 様\n\n"
                "お世話になっております。日の出産業の関口です。\n"
                "8月研修の昼食について、以下の参加者の個別対応をお願いできますでしょうか。\n\n"
                "■ アフマド・ファウジ さん（メランティ大学／インドネシア）\n"
                "　イスラム教徒のため、ハラール対応（豚由来・アルコール不使用）\n"
                "■ プリヤ・シャルマ さん（東都工科大学 留学生）\n"
                "　ヒンドゥー教のため牛肉不可、できれば菜食\n"
                "■ 甘粕 紬 さん（旭丘女子大学）\n"
                "　信仰上の理由で肉・魚を食べないとのこと（乳製品・卵は可）\n\n"
                "お弁当に名札を付けていただけると助かります。\n" + _SIG_SEKIGUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "religion of three named interns (要配慮個人情報) to the caterer",
    },
    # 030 — meal order with counts only
    {
        "id": "intern-030",
        "charset": "cp932",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["蔦谷様 <tsutaya@kitaguni-foods.co.jp>"],
        "subject": "8月研修 弁当発注（確定数）",
        "body": "蔦谷様\n\n"
                "お世話になっております。関口です。\n"
                "8月研修の弁当、確定数をお送りします。\n\n"
                "日付　　通常　ハラール　菜食　卵不使用　合計\n"
                "-------------------------------------------\n"
                "8/3　　　26　　　1　　　1　　　1　　　29\n"
                "8/4　　　26　　　1　　　1　　　1　　　29\n"
                "8/5　　　25　　　1　　　1　　　1　　　28\n"
                "8/6　　　 0　　　0　　　0　　　0　　　 0　（工場見学のため不要）\n"
                "8/7　　　26　　　1　　　1　　　1　　　29\n\n"
                "納品：各日 11:45、本社7F 研修室A\n"
                "請求：月末締め、翌月末払い\n\n"
                "関口\n",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meal counts per day, no names: nothing personal",
    },
    # 031 — food allergies of two named interns to the caterer
    {
        "id": "intern-031",
        "charset": "cp932",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["蔦谷様 <tsutaya@kitaguni-foods.co.jp>"],
        "subject": "Re: 8月研修 弁当発注（アレルギー対応の件）",
        "body": "蔦谷様\n\n"
                "追加のご相談です。参加者のうち2名に食物アレルギーがあります。\n"
                "取り違えのないよう、お弁当のふたに氏名を記載していただけますか。\n\n"
                "　宍戸 結衣 さん：卵（加熱済みも不可）\n"
                "　舟橋 航平 さん：そば・落花生\n\n"
                "製造ラインでのコンタミについても念のため教えてください。\n\n"
                "関口\n\n"
                "> 関口様\n> 確定数、承知いたしました。8/3より納品いたします。\n> 北国フーズ 蔦谷\n",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "food allergies of two named interns: health data or mere catering need, a privacy officer could judge either way",
    },
    # 032 — certificate data: 30 names with university and course (legacy XLS) to the printer
    {
        "id": "intern-032",
        "charset": "iso-2022-jp",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["錦印刷 鷲尾様 <washio@nishiki-insatsu.co.jp>"],
        "subject": "修了証書 差込印刷データ（夏期インターン30名）",
        "body": "錦印刷株式会社\n鷲尾 様\n\n"
                "いつもお世話になっております。日の出産業の森本です。\n"
                "先日お見積りいただいた修了証書の差込データをお送りします（30名分）。\n"
                "氏名の外字（「﨑」など）があれば校正時にご指摘ください。\n\n"
                "校正は8月10日までにいただけますと助かります。\n" + _SIG_MORIMOTO,
        "attachments": [{
            "kind": "xls",
            "name": "修了証_差込データ.xls",
            "sheets": {"差込": [["証書番号", "氏名", "ふりがな", "大学名", "学部・学年", "コース", "修了日"]]
                       + [[f"HS26-{i + 1:03d}", p["name"], p["kana"], _UNIVS[i % 9], p["year"],
                           _COURSE[i % 4], "2026年8月14日"] for i, p in enumerate(_P032)]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "30 students' records (name, kana, university, year, course) to the printer: a list of people",
    },
    # 033 — quote request to the printer, nothing personal
    {
        "id": "intern-033",
        "charset": "iso-2022-jp",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["鷲尾様 <washio@nishiki-insatsu.co.jp>"],
        "subject": "修了証書 印刷のお見積りのお願い",
        "body": "鷲尾様\n\n"
                "お世話になっております。日の出産業の森本です。\n"
                "インターンシップの修了証書について、お見積りをお願いします。\n\n"
                "　サイズ・用紙：A4 賞状用紙（浅黄色・鳳凰枠）\n"
                "　印刷：表面のみ、氏名・大学名は差込（30件）\n"
                "　加工：社章の金箔押し\n"
                "　部数：60部（予備含む）\n"
                "　納期：8月12日（水）本社着\n\n"
                "昨年のご注文番号は NS-25-1177 です。\n" + _SIG_MORIMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "print job specification and an order number",
    },
    # 034 — look-alike of the printer's domain (s dropped), with a proof-correction PDF
    {
        "id": "intern-034",
        "charset": "utf-8",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["鷲尾様 <washio@nishiki-insatu.co.jp>"],
        "subject": "修了証書 初校の戻し",
        "body": "鷲尾様\n\n"
                "初校ありがとうございました。修正指示をPDFでお送りします。\n"
                "再校は不要ですので、修正後そのまま印刷に進めてください。\n\n"
                "森本\n",
        "attachments": [{
            "kind": "pdf",
            "name": "初校戻し_修了証書.pdf",
            "lines": ["修了証書 初校 修正指示", "",
                      "1. 本文「修了したことを証します」→「修了したことをここに証します」",
                      "2. 社名の書体を楷書体に変更",
                      "3. 代表者名の肩書「代表取締役社長」に統一",
                      "4. 日付は和暦（令和8年8月14日）で表記"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishiki-insatu.co.jp drops a letter of the partner nishiki-insatsu.co.jp",
    },
    # 035 — bus charter request with the sender's own mobile
    {
        "id": "intern-035",
        "charset": "cp932",
        "sender": "平林 誠 <hirabayashi.makoto@mail.hinode-sangyo.co.jp>",
        "to": ["青葉運輸 貸切バス営業 石動様 <isurugi@aoba-unyu.co.jp>"],
        "subject": "工場見学バス 手配のお願い（8/6）",
        "body": "青葉運輸株式会社 貸切バス営業所\n石動 様\n\n"
                "いつもお世話になっております。日の出産業 岐阜工場の平林です。\n"
                "インターンシップの工場見学で、下記のとおり貸切バスをお願いいたします。\n\n"
                "　日付：2026年8月6日（木）\n"
                "　人数：学生28名＋引率2名（計30名）\n"
                "　車両：大型1台\n"
                "　行程：さくらホテル 7:40発 → 岐阜羽島駅 8:30（合流） → 岐阜工場 9:00着\n"
                "　　　　岐阜工場 16:30発 → 岐阜羽島駅 → さくらホテル 18:45着\n\n"
                "当日の連絡先は私（携帯 080-6631-2057）までお願いします。\n"
                "お見積りをいただけますと幸いです。\n" + _SIG_HIRABAYASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "charter request with counts; the only phone is the sender's own",
    },
    # 036 — passenger manifest with emergency numbers (txt, tab-separated) to the bus company
    {
        "id": "intern-036",
        "charset": "cp932",
        "sender": "平林 誠 <hirabayashi.makoto@mail.hinode-sangyo.co.jp>",
        "to": ["石動様 <isurugi@aoba-unyu.co.jp>"],
        "subject": "乗車名簿の送付（8/6 工場見学バス）",
        "body": "石動様\n\n"
                "お世話になっております。平林です。\n"
                "岐阜羽島駅から乗車する学生の名簿をお送りします。\n"
                "乗務員の方の点呼用にお使いください。\n\n"
                "平林\n",
        "attachments": [{
            "kind": "txt",
            "name": "乗車名簿_0806.txt",
            "encoding": "cp932",
            "text": "8/6 工場見学バス 乗車名簿（岐阜羽島駅 乗車分）\n"
                    "No\t氏名\tフリガナ\t大学\t携帯\n"
                    + "".join(f"{i + 1}\t{p['name']}\t{p['kana']}\t{_UNIVS[(i + 3) % 9]}\t{p['phone']}\n"
                              for i, p in enumerate(_P036)),
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "12 students with mobile numbers in a text attachment to the bus company",
    },
    # 037 — three universities in To/Cc for a joint event
    {
        "id": "intern-037",
        "charset": "iso-2022-jp",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["江頭様 <egashira@seiryo.ac.jp>", "高峰様 <takamine.y@minami-kanto-u.ac.jp>"],
        "cc": ["野々村様 <nonomura@tohto-tech.ac.jp>"],
        "subject": "合同業界研究会（11/14）打合せ日程のご相談",
        "body": "青陵大学 江頭様\n南関東大学 高峰様\n東都工科大学 野々村様\n\n"
                "いつもお世話になっております。日の出産業の森本です。\n"
                "11月14日の合同業界研究会について、一度オンラインで打合せをお願いしたく、\n"
                "下記の候補からご都合のよい日時をお知らせください。\n\n"
                "　①10月6日（火）15:00〜16:00\n"
                "　②10月8日（木）10:00〜11:00\n"
                "　③10月9日（金）14:00〜15:00\n\n"
                "よろしくお願いいたします。\n" + _SIG_MORIMOTO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations can see each other in To/Cc",
    },
    # 038 — two external organisations: a normal three-way meeting mail
    {
        "id": "intern-038",
        "charset": "utf-8",
        "sender": "大槻 拓海 <otsuki.takumi@hinode-sangyo.co.jp>",
        "to": ["江頭様 <egashira@seiryo.ac.jp>"],
        "cc": ["丹波様 <tamba@intern-bridge.jp>", "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>"],
        "subject": "冬期インターン 学内説明会の件（三者打合せ）",
        "body": "青陵大学 江頭様\n（cc：インターンブリッジ 丹波様、弊社 森本）\n\n"
                "お世話になっております。日の出産業の大槻です。\n"
                "学内説明会について、インターンブリッジ様にもご同席いただく形で\n"
                "10月20日（火）16:00から貴学にて打合せをお願いできればと存じます。\n\n"
                "当日は会場レイアウトと学生への告知方法をご相談させてください。\n" + _SIG_OTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc: ordinary three-way meeting mail",
    },
    # 039 — statistics by faculty, no individuals
    {
        "id": "intern-039",
        "charset": "utf-8",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["東雲大学 インターンシップ推進室 <intern-office@shinonome-u.ac.jp>"],
        "subject": "2025年度 インターンシップ受入実績のご報告",
        "body": "東雲大学 インターンシップ推進室 ご担当者様\n\n"
                "お世話になっております。日の出産業の森本です。\n"
                "ご依頼のありました2025年度の受入実績を下記のとおりご報告します。\n\n"
                "学部　　　　　応募者数　参加者数　修了者数　満足度（5段階平均）\n"
                "-----------------------------------------------------------\n"
                "理工学部　　　　　 14　　　　6　　　　6　　　4.6\n"
                "経済学部　　　　　　9　　　　3　　　　3　　　4.3\n"
                "文学部　　　　　　　4　　　　1　　　　1　　　4.0\n"
                "情報科学部　　　　 11　　　　4　　　　4　　　4.8\n"
                "-----------------------------------------------------------\n"
                "合計　　　　　　　 38　　　 14　　　 14　　　4.5\n\n"
                "本年度も引き続きよろしくお願いいたします。\n" + _SIG_MORIMOTO + _DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate statistics by faculty and the standard disclaimer; no person",
    },
    # 040 — a list of hotels (businesses, not people)
    {
        "id": "intern-040",
        "charset": "iso-2022-jp",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["旭丘女子大学 キャリアセンター <cc@asahigaoka-wu.ac.jp>"],
        "subject": "遠方からの参加学生向け 宿泊施設のご案内",
        "body": "旭丘女子大学 キャリアセンター ご担当者様\n\n"
                "お世話になっております。日の出産業 総務課の関口です。\n"
                "遠方から参加される学生様向けに、当社手配の宿泊施設をご案内します。\n\n"
                "1) さくらホテル 神田\n"
                "   東京都千代田区内神田2-5-11　TEL 03-3254-8801　本社まで徒歩6分\n"
                "2) ビジネスホテル 岩本町イン\n"
                "   東京都千代田区岩本町1-9-3　TEL 03-3866-2410　本社まで徒歩12分\n"
                "3) さくらホテル 岐阜羽島\n"
                "   岐阜県羽島市福寿町平方13-40　TEL 058-392-1123　工場まで送迎あり\n"
                "4) ホテル羽島ステーション\n"
                "   岐阜県羽島市福寿町浅平2-27　TEL 058-398-6550　岐阜羽島駅前\n\n"
                "いずれも朝食付き、宿泊費は当社負担です。\n" + _SIG_SEKIGUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of hotels with their switchboards: businesses, not people",
    },

    # 041 — forward of a student's own mail disclosing a chronic illness, to the co-host
    {
        "id": "intern-041",
        "charset": "utf-8",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人事部 羽鳥様 <hatori@kawasaki-denki.co.jp>"],
        "subject": "FW: インターンシップ参加にあたってのご相談",
        "body": "羽鳥様\n\n"
                "お世話になっております。日の出産業の森本です。\n"
                "共同研修の参加予定者から下記の相談が来ています。\n"
                "御社工場での実習中の休憩の取り方についてご検討いただけますか。\n\n"
                "森本\n\n"
                "---------- Forwarded message ---------\n"
                "From: 都築 美咲 <misaki.tsuzuki@outlook.jp>\n"
                "Date: 2026年7月21日(火) 22:14\n"
                "Subject: インターンシップ参加にあたってのご相談\n"
                "To: <intern@hinode-sangyo.co.jp>\n\n"
                "日の出産業株式会社 インターンシップ事務局 ご担当者様\n\n"
                "東雲大学 理工学部3年の都築美咲です。\n"
                "事前にご相談させてください。私は1型糖尿病のため、1日に数回血糖測定と\n"
                "インスリン注射が必要です。実習中、昼食前と15時ごろに5分ほど\n"
                "席を外すことをお許しいただけますでしょうか。\n"
                "また低血糖時のために、補食（ブドウ糖）を携帯させていただきたいです。\n\n"
                "都築 美咲\n"
                "携帯：080-2719-4486\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forward (new text to the co-host) of a named student's diabetes diagnosis: sensitive data",
    },
    # 042 — reply to a student; her own details are only in the quoted text
    {
        "id": "intern-042",
        "charset": "iso-2022-jp",
        "sender": "大槻 拓海 <otsuki.takumi@hinode-sangyo.co.jp>",
        "to": ["柘植 陸斗 <rikuto.tsuge@yahoo.co.jp>"],
        "subject": "Re: エントリー内容の修正について",
        "body": "柘植 陸斗 様\n\n"
                "ご連絡ありがとうございます。日の出産業の大槻です。\n"
                "ご住所とお電話番号の変更、システム上で修正いたしました。\n"
                "交通費の精算書は新しいご住所あてにお送りします。\n\n"
                "引き続きよろしくお願いいたします。\n" + _SIG_OTSUKI + "\n\n"
                "2026年7月2日(木) 8:03 柘植 陸斗 <rikuto.tsuge@yahoo.co.jp>:\n"
                "> 日の出産業株式会社 人事部 大槻様\n"
                "> 緑風大学経済学部3年の柘植です。\n"
                "> 引っ越しのため、エントリー時の連絡先を以下に変更をお願いいたします。\n"
                "> 新住所：〒183-0022 東京都府中市宮西町4-7-15 コーポ緑ヶ丘205\n"
                "> 電話：090-5528-0163\n"
                "> 生年月日：2005年1月19日（確認用）\n"
                "> よろしくお願いいたします。\n",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "the student's details are only in the quoted part of his own mail, sent back to him",
    },
    # 043 — HTML-only mail with a table of 8 interns and emergency contacts
    {
        "id": "intern-043",
        "charset": "utf-8",
        "sender": "宮地 玲奈 <miyaji.rena@hinode-sangyo.co.jp>",
        "to": ["羽鳥様 <hatori@kawasaki-denki.co.jp>"],
        "subject": "共同研修（8/17〜）配属予定者と緊急連絡先",
        "html": _HTML_043,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML table of 8 students with own and family phone numbers to a partner company",
    },
    # 044 — corporate card number to the hotel for the guarantee
    {
        "id": "intern-044",
        "charset": "cp932",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["上條様 <kamijo@sakura-hotel.jp>"],
        "subject": "宿泊費のカード決済について（日の出産業 インターン研修 12月分）",
        "body": "上條様\n\n"
                "いつもお世話になっております。関口です。\n"
                "12月研修の宿泊費は、今回は請求書払いではなく法人カードでの決済とさせてください。\n"
                "ギャランティ用に下記カードをご登録願います。\n\n"
                f"　カード番号：{card_number(SEED + 101)[:4]}-{card_number(SEED + 101)[4:8]}-"
                f"{card_number(SEED + 101)[8:12]}-{card_number(SEED + 101)[12:]}\n"
                "　有効期限　：09/29\n"
                "　名義　　　：HINODE SANGYO CO LTD\n\n"
                "セキュリティコードはお電話でお伝えします。\n" + _SIG_SEKIGUCHI,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a full credit card number in the body to an outside hotel",
    },
    # 045 — health insurance card details (and the visit) to the hospital
    {
        "id": "intern-045",
        "charset": "cp932",
        "sender": "平林 誠 <hirabayashi.makoto@mail.hinode-sangyo.co.jp>",
        "to": ["羽島中央病院 医事課 <iji@hashima-chuo-hp.jp>"],
        "subject": "8/5 整形外科受診の八重樫様の保険証情報について",
        "body": "羽島中央病院 医事課 ご担当者様\n\n"
                "日の出産業 岐阜工場 総務課の平林です。\n"
                "8月5日に貴院整形外科を受診した当社インターン生の八重樫 蒼さんについて、\n"
                "当日保険証をお持ちでなかったため、ご家族から確認した内容をお知らせします。\n\n"
                "　被保険者（本人）氏名：八重樫 蒼\n"
                "　生年月日　　　　　：2004年5月30日\n"
                "　保険者番号　　　　：06274315\n"
                "　記号　　　　　　　：７２１０３４\n"
                "　番号　　　　　　　：８\n"
                "　区分　　　　　　　：家族（被扶養者）\n\n"
                "次回通院時に原本を窓口でご提示いただく予定です。\n" + _SIG_HIRABAYASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "health insurance card 記号・番号 of a named intern (and his hospital visit) to the hospital",
    },
    # 046 — basic pension numbers of two long-term paid interns to the 社労士
    {
        "id": "intern-046",
        "charset": "cp932",
        "sender": "氏家 真理 <ujiie.mari@hinode-sangyo.co.jp>",
        "to": ["小倉社会保険労務士事務所 小倉先生 <ogura@ogura-sr.jp>"],
        "subject": "長期インターン生の社会保険 資格取得届の作成依頼",
        "body": "小倉先生\n\n"
                "いつもお世話になっております。日の出産業 人事部 労務グループの氏家です。\n"
                "10月から週30時間勤務となる長期有給インターン生2名について、\n"
                "健康保険・厚生年金保険の資格取得届の作成をお願いいたします。\n\n"
                "(1) 勅使河原 凛（テシガワラ リン）\n"
                "    生年月日：平成14年7月9日　性別：女\n"
                "    住所：〒305-0005 茨城県つくば市天久保2-11-4 グランシエル天久保302\n"
                "    基礎年金番号：4851-027396\n"
                "    資格取得日：令和8年10月1日　報酬月額：182,000円\n\n"
                "(2) 我妻 直樹（アガツマ ナオキ）\n"
                "    生年月日：平成13年12月25日　性別：男\n"
                "    住所：〒192-0364 東京都八王子市南大沢5-3-21\n"
                "    基礎年金番号：6302-114758\n"
                "    資格取得日：令和8年10月1日　報酬月額：176,500円\n\n"
                "よろしくお願いいたします。\n\n"
                "日の出産業株式会社 人事部 労務グループ 氏家 真理\nTEL 03-5207-3330\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "basic pension numbers (with birth date and address) of two interns to an outside office",
    },
    # 047 — driving licence number of an intern to the car rental shop
    {
        "id": "intern-047",
        "charset": "iso-2022-jp",
        "sender": "平林 誠 <hirabayashi.makoto@mail.hinode-sangyo.co.jp>",
        "to": ["ほしぞらレンタカー 岐阜羽島店 <gifuhashima@hoshizora-rent.co.jp>"],
        "subject": "法人契約 レンタカー運転者の追加登録（契約番号 HZ-0418）",
        "body": "ほしぞらレンタカー 岐阜羽島店 ご担当者様\n\n"
                "いつもお世話になっております。日の出産業 岐阜工場の平林です。\n"
                "法人契約（契約番号 HZ-0418）の運転者として、下記1名を追加登録願います。\n"
                "8月10日〜14日の協力工場巡回で運転を担当する予定です。\n\n"
                "　氏名　　　　：神馬 大和（じんば やまと）\n"
                "　生年月日　　：平成14年11月3日\n"
                "　免許証番号　：第５３０２１５０８１３２０号\n"
                "　有効期限　　：令和9年12月3日まで\n"
                "　免許の種類　：普通（AT限定なし）\n\n"
                "必要であれば免許証の写しを別途お送りします。\n" + _SIG_HIRABAYASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "an intern's driving licence number (full-width digits) to the rental company",
    },
    # 048 — passport numbers of two foreign interns to the hotel (English)
    {
        "id": "intern-048",
        "charset": "utf-8",
        "sender": "Emily Brown <e.brown@hinode-sangyo.co.jp>",
        "to": ["Sakura Hotel Reservations <res@sakura-hotel.jp>"],
        "subject": "Guest registration – foreign interns (check-in 2 Aug)",
        "body": "Dear Reservations team,\n\n"
                "Please find below the passport details of our two foreign interns staying under\n"
                "the Hinode Sangyo block (2–7 August), for your guest registration.\n\n"
                "1. Ahmad FAUZI\n"
                "   Nationality: Indonesia / Date of birth: 25 Jul 2002\n"
                "   Passport No.: X4182736 (expires 14 Mar 2030)\n"
                "2. Priya SHARMA\n"
                "   Nationality: India / Date of birth: 11 Feb 2003\n"
                "   Passport No.: Z5830127 (expires 02 Sep 2033)\n\n"
                "They will arrive around 21:00 on 2 August.\n" + _SIG_BROWN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "passport numbers of two named interns to the hotel",
    },
    # 049 — My Numbers of 4 paid interns in an XLSX to the tax office
    {
        "id": "intern-049",
        "charset": "utf-8",
        "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
        "to": ["奥貫様 <okunuki@kiryu-tax.jp>"],
        "subject": "【再送】報酬支払調書用データ（インターン4名）",
        "body": "奥貫様\n\n"
                "先ほどのメールに添付が漏れておりました。失礼いたしました。\n"
                "支払調書用のデータを添付します。\n\n"
                "芦田\n" + _SIG_ASHIDA,
        "attachments": [{
            "kind": "xlsx",
            "name": "支払調書データ_インターン.xlsx",
            "sheets": {"支払調書": [["令和8年分 報酬、料金、契約金及び賞金の支払調書 作成用"],
                                  ["氏名", "住所", "個人番号", "区分", "支払金額", "源泉徴収税額"]]
                       + [[p["name"], p["post"] + " " + p["addr"], my_number(SEED + 2 + i),
                           "原稿料", amt, amt * 1021 // 10000]
                          for i, (p, amt) in enumerate(zip(_P049, [88000, 132000, 45000, 210000]))]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "My Numbers of four interns in a spreadsheet to the outside tax accountant",
    },
    # 050 — asks the student to bring the My Number card, no number
    {
        "id": "intern-050",
        "charset": "iso-2022-jp",
        "sender": "大槻 拓海 <otsuki.takumi@hinode-sangyo.co.jp>",
        "to": ["興梠 悠真 <yuma.korogi@gmail.com>"],
        "subject": "【有給インターン】初日の持ち物について",
        "body": "興梠 悠真 様\n\n"
                "日の出産業の大槻です。9月1日からの長期インターンについてご案内します。\n"
                "初日に以下をお持ちください。\n\n"
                "　・マイナンバーカード（ない場合は通知カード＋運転免許証などの本人確認書類）\n"
                "　・給与振込先の通帳またはキャッシュカード\n"
                "　・印鑑（認印）\n\n"
                "マイナンバーは初日に人事担当者が対面で確認します。\n"
                "メールで番号や画像を送らないようお願いします。\n" + _SIG_OTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "mentions マイナンバー and a licence as documents to bring; no number at all",
    },
    # 051 — evaluation report as a password-protected PDF
    {
        "id": "intern-051",
        "charset": "utf-8",
        "sender": "宮地 玲奈 <miyaji.rena@hinode-sangyo.co.jp>",
        "to": ["真柴先生 <mashiba@sci.hakuun-u.ac.jp>"],
        "subject": "インターンシップ評価書の送付（パスワード付きPDF）",
        "body": "真柴先生\n\n"
                "評価書をパスワード付きPDFでお送りします。\n"
                "パスワードは先日お電話でお伝えしたものです。\n\n"
                "宮地\n" + _SIG_MIYAJI,
        "attachments": [{
            "kind": "pdf",
            "name": "評価書_白雲大学_2026夏.pdf",
            "password": "hakuun0814",
            "lines": ["インターンシップ評価書（白雲大学 理工学部）", "",
                      "真壁 樹　総合評価 A　実験計画の立案が的確",
                      "四元 千尋　総合評価 B　欠席1日、報告書は丁寧",
                      "雲井 颯太　総合評価 B+　遅刻1回、発表は良好"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "encrypted PDF cannot be inspected",
    },
    # 052 — corrupt XLSX in a reply to the career office
    {
        "id": "intern-052",
        "charset": "iso-2022-jp",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["高峰様 <takamine.y@minami-kanto-u.ac.jp>"],
        "subject": "Re: 出席状況のご報告（第2週）",
        "body": "高峰様\n\n第2週分の出席状況をお送りします。\n\n森本\n\n"
                "> 森本様\n> 第2週の出席状況もいただけますでしょうか。\n> 南関東大学 キャリアセンター 高峰\n",
        "attachments": [{"kind": "corrupt", "name": "出席状況_第2週.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached workbook is corrupt and cannot be read",
    },
    # 053 — 【社外秘】 classification in subject and body, sent outside
    {
        "id": "intern-053",
        "charset": "cp932",
        "sender": "久保寺 修 <kubodera.osamu@hinode-sangyo.co.jp>",
        "to": ["丹波様 <tamba@intern-bridge.jp>"],
        "subject": "【社外秘】2028年卒 採用計画とインターン予算（部長会資料）",
        "body": "取扱区分：社外秘\n\n"
                "関係各位\n\n"
                "部長会で承認された2028年卒の採用計画とインターンシップ予算の要点です。\n\n"
                "・新卒採用計画：総合職42名（理系26・文系16）\n"
                "・インターン予算：2,860万円（前年比＋18%）、うち媒体費1,200万円\n"
                "・インターン経由の早期選考比率を40%→55%に引き上げ\n"
                "・紹介会社の手数料上限を1名あたり35万円に改定\n\n"
                "人事部長 久保寺\n",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail classified 社外秘 (subject and 取扱区分) goes to an outside agency",
    },
    # 054 — English mail with the standard disclaimer
    {
        "id": "intern-054",
        "charset": "utf-8",
        "sender": "Emily Brown <e.brown@hinode-sangyo.co.jp>",
        "to": ["Ika Rahmawati <ika.rahmawati@meranti-univ.ac.id>"],
        "subject": "Summer internship 2026 – dates confirmed",
        "body": "Dear Ms Rahmawati,\n\n"
                "Thank you for your patience. I am pleased to confirm the programme dates for the\n"
                "three students nominated by Meranti University: 3–14 August 2026 in Tokyo and Gifu.\n\n"
                "Accommodation, local transport and lunch on working days are covered by Hinode\n"
                "Sangyo. Travel insurance for the flights should be arranged by each student.\n"
                "We will send the invitation letters by the end of next week.\n" + _SIG_BROWN
                + "\n" + _DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary English mail ending with the standard confidentiality disclaimer",
    },
    # 055 — an internal strategy deck with a Confidential footer attached by mistake
    {
        "id": "intern-055",
        "charset": "utf-8",
        "sender": "大槻 拓海 <otsuki.takumi@hinode-sangyo.co.jp>",
        "to": ["江頭様 <egashira@seiryo.ac.jp>"],
        "subject": "学内説明会用スライドの送付",
        "body": "江頭様\n\n"
                "お世話になっております。日の出産業の大槻です。\n"
                "10/27の学内説明会で使用するスライドをお送りします。\n"
                "プロジェクターはHDMI接続で問題ございません。\n" + _SIG_OTSUKI,
        "attachments": [{
            "kind": "pptx",
            "name": "採用戦略2028_部内検討.pptx",
            "page_footer": "Confidential – Internal Use Only",
            "slides": [["2028年卒 採用戦略（部内検討用）", "人事部 採用グループ"],
                       ["母集団形成", "重点校：東都工科大・白雲大・青陵大", "インターン参加者の本選考移行率 目標45%"],
                       ["重点校の評価", "青陵大：応募数は多いが辞退率が高い", "東都工科大：技術系の質が高い"],
                       ["予算配分", "媒体 40% / イベント 35% / 紹介会社 25%"]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached deck is marked Confidential – Internal Use Only on every slide",
    },

    # 056 — the right deck: mentions 機密情報 as a topic, no marking
    {
        "id": "intern-056",
        "charset": "utf-8",
        "sender": "大槻 拓海 <otsuki.takumi@hinode-sangyo.co.jp>",
        "to": ["江頭様 <egashira@seiryo.ac.jp>"],
        "subject": "【差し替え】学内説明会用スライド",
        "body": "江頭様\n\n"
                "先ほどは誤ったファイルをお送りしてしまい、大変失礼いたしました。\n"
                "正しいスライドを添付いたします。先のファイルは削除いただけますでしょうか。\n\n"
                "大槻\n" + _SIG_OTSUKI,
        "attachments": [{
            "kind": "pptx",
            "name": "会社説明_インターン2026.pptx",
            "slides": [["日の出産業株式会社 会社説明", "2026年10月27日 青陵大学 学内説明会"],
                       ["事業紹介", "産業用モータ部材", "機能性樹脂", "物流ソリューション"],
                       ["インターンシップの流れ", "1日目：オリエンテーション", "2〜4日目：部署実習",
                        "5日目：成果発表"],
                       ["情報セキュリティと機密情報の取扱い", "実習で知った情報はSNSに投稿しない",
                        "資料の持ち出し・撮影は禁止", "初日に秘密保持の誓約書を提出"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "company deck with a slide about handling confidential information: a topic, not a marking",
    },
    # 057 — English: 6 nominated students with birth dates and e-mails
    {
        "id": "intern-057",
        "charset": "utf-8",
        "sender": "Emily Brown <e.brown@hinode-sangyo.co.jp>",
        "to": ["Pham Thu Ha <pham.thu.ha@songhong-ut.edu.vn>"],
        "subject": "Invitation letters – please check the nominated students",
        "body": "Dear Ms Pham,\n\n"
                "Thank you for the nominations. Before we issue the invitation letters, could you\n"
                "please check that the details below are correct? The letters will be addressed\n"
                "exactly as written here.\n\n"
                "Family name  Given name       Date of birth  E-mail                          Major\n"
                "-----------  ---------------  -------------  ------------------------------  ---------------\n"
                + "".join(f"{f:<13}{g:<17}{d[0]}-{d[1]:02d}-{d[2]:02d}     {m:<32}{maj}\n"
                          for f, g, d, m, maj in _VN)
                + "\nKindly reply by 10 June.\n" + _SIG_BROWN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six students' rows (name, birth date, e-mail) to the partner university: a list of people",
    },
    # 058 — forward of the partner university's mail with passport numbers, to the scrivener
    {
        "id": "intern-058",
        "charset": "utf-8",
        "sender": "Emily Brown <e.brown@hinode-sangyo.co.jp>",
        "to": ["小山先生 <koyama@koyama-gyosei.jp>"],
        "subject": "FW: Passport details for the COE application",
        "body": "小山先生\n\n"
                "在留資格認定証明書の申請に必要な旅券情報が大学から届きましたので転送します。\n"
                "申請書類の作成をお願いいたします。\n\n"
                "ブラウン\n\n"
                "-------- Forwarded Message --------\n"
                "Subject: Passport details for the COE application\n"
                "Date: Mon, 8 Jun 2026 09:41:20 +0700\n"
                "From: Ika Rahmawati <ika.rahmawati@meranti-univ.ac.id>\n"
                "To: Emily Brown <e.brown@hinode-sangyo.co.jp>\n\n"
                "Dear Emily,\n\n"
                "As requested, here are the passport details of our three students:\n\n"
                "- Ahmad Fauzi, born 25 July 2002, passport X4182736, valid until 14 March 2030\n"
                "- Siti Nurhaliza Putri, born 3 November 2003, passport X5907214, valid until 20 May 2031\n"
                "- Rizky Pratama, born 17 January 2003, passport X6021558, valid until 9 August 2032\n\n"
                "Best regards,\nIka Rahmawati\nInternational Office, Meranti University\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "forwarded (new to the scrivener) passport numbers of three students",
    },
    # 059 — English programme outline, nothing personal
    {
        "id": "intern-059",
        "charset": "utf-8",
        "sender": "Emily Brown <e.brown@hinode-sangyo.co.jp>",
        "to": ["Kim Soyeon <kim.soyeon@hanbit-univ.ac.kr>"],
        "subject": "Winter internship 2027 – programme outline and accommodation",
        "body": "Dear Professor Kim,\n\n"
                "It was a pleasure to meet you in Seoul last month. As promised, here is an outline\n"
                "of our winter internship for international students.\n\n"
                "  Dates:          18 January – 12 February 2027 (4 weeks)\n"
                "  Places:         Tokyo head office (week 1), Gifu plant (weeks 2–4)\n"
                "  Accommodation:  company-arranged single rooms (Sakura Hotel Gifu-Hashima)\n"
                "  Stipend:        JPY 3,000 per working day, plus transport\n"
                "  Visa:           Temporary Visitor status is sufficient for an unpaid programme;\n"
                "                  for the stipend we will confirm the conditions with our advisor.\n"
                "  Nominations:    up to 4 students, by 30 October\n\n"
                "Please let me know if you have any questions.\n" + _SIG_BROWN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "programme outline to a foreign university; no person's data",
    },
    # 060 — mental-health diagnosis of a named student to his professor
    {
        "id": "intern-060",
        "charset": "iso-2022-jp",
        "sender": "宮地 玲奈 <miyaji.rena@hinode-sangyo.co.jp>",
        "to": ["笹倉先生 <sasakura@ryokufu.ac.jp>"],
        "subject": "蓮見さんの実習状況についてのご相談",
        "body": "笹倉先生\n\n"
                "お世話になっております。日の出産業の宮地です。\n"
                "長期インターン中の蓮見 壮真さんについてご相談です。\n\n"
                "先週から3日連続で欠席が続いたため本人と面談したところ、\n"
                "7月に心療内科で適応障害と診断され、現在も通院・服薬中とのことでした。\n"
                "本人は実習の継続を希望していますが、勤務日数を週2日に減らすことを\n"
                "検討しています。大学として単位認定上の問題がないか、ご意見をいただけますか。\n\n"
                "よろしくお願いいたします。\n" + _SIG_MIYAJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named student's psychiatric diagnosis and treatment to the university: sensitive",
    },
    # 061 — photo caption naming 6 students with faculty and year
    {
        "id": "intern-061",
        "charset": "cp932",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["旭丘女子大学 キャリアセンター <cc@asahigaoka-wu.ac.jp>"],
        "subject": "学報掲載用の写真とキャプション",
        "body": "旭丘女子大学 キャリアセンター ご担当者様\n\n"
                "お世話になっております。日の出産業の森本です。\n"
                "学報「あさひがおか」への掲載用に、成果発表会の集合写真をお送りします。\n"
                "掲載については参加者全員から了承を得ております。\n\n"
                "【キャプション案】\n"
                "日の出産業株式会社の夏期インターンシップで成果発表を終えた本学学生\n"
                "（前列左から）五十嵐 陽菜さん（文学部3年）、甘粕 紬さん（家政学部3年）、\n"
                "汐見 真央さん（国際学部2年）\n"
                "（後列左から）仁科 彩花さん（文学部3年）、槙野 琴音さん（理学部3年）、\n"
                "門脇 詩織さん（国際学部3年）\n\n"
                "よろしくお願いいたします。\n" + _SIG_MORIMOTO,
        "attachments": [{"kind": "png", "name": "成果発表会_集合写真.png"}],
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "six names with faculty and year for the university's own newsletter, with consent: list or harmless caption",
    },
    # 062 — attendance of three students (short list) to their professor
    {
        "id": "intern-062",
        "charset": "utf-8",
        "sender": "宮地 玲奈 <miyaji.rena@hinode-sangyo.co.jp>",
        "to": ["真柴先生 <mashiba@sci.hakuun-u.ac.jp>"],
        "subject": "第1週の出欠状況（3名）",
        "body": "真柴先生\n\n"
                "第1週（8/3〜8/7）の出欠状況をご報告します。\n\n"
                "　真壁 樹さん　　出席5日／5日\n"
                "　四元 千尋さん　出席4日／5日（8/5 欠席、事前連絡あり）\n"
                "　雲井 颯太さん　出席5日／5日（8/4 遅刻15分）\n\n"
                "第2週も引き続きよろしくお願いいたします。\n" + _SIG_MIYAJI,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "three students' attendance to their professor: fewer than five records",
    },
    # 063 — attendance CSV of 9 students with illness reasons
    {
        "id": "intern-063",
        "charset": "utf-8",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["高峰様 <takamine.y@minami-kanto-u.ac.jp>"],
        "subject": "出欠状況（8/3〜8/7）のご報告",
        "body": "高峰様\n\n"
                "お世話になっております。第1週の出欠状況をCSVでお送りします。\n"
                "欠席理由は本人からの申告どおり記載しています。\n\n"
                "森本\n" + _SIG_MORIMOTO,
        "attachments": [{
            "kind": "csv",
            "name": "attendance_0803-0807.csv",
            "encoding": "utf-8",
            "rows": [["学籍番号", "氏名", "8/3", "8/4", "8/5", "8/6", "8/7", "欠席理由"]]
            + [[f"M{2024000 + 137 * (i + 3)}", p["name"]]
               + (["○", "欠", "欠", "欠", "○"] if i == 2 else
                  ["○", "○", "○", "欠", "○"] if i == 6 else ["○"] * 5)
               + ["インフルエンザA型（医師の診断により出席停止）" if i == 2 else
                  "持病（気管支喘息）の通院" if i == 6 else ""]
               for i, p in enumerate(_P063)],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "nine students' attendance rows, two with medical reasons: a list with sensitive data",
    },
    # 064 — reply with the university's student list only under -----Original Message-----
    {
        "id": "intern-064",
        "charset": "cp932",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["野々村様 <nonomura@tohto-tech.ac.jp>"],
        "subject": "RE: 派遣学生リストの送付",
        "body": "野々村様\n\n"
                "お世話になっております。日の出産業の森本です。\n"
                "派遣学生リストをお送りいただき、ありがとうございました。\n"
                "6名とも当社システムに登録いたしました。\n"
                "初日の集合時間などは、追って学生の皆さんへ直接ご連絡いたします。\n\n"
                "森本\n\n"
                "-----Original Message-----\n"
                "From: 野々村 健 <nonomura@tohto-tech.ac.jp>\n"
                "Sent: Wednesday, July 8, 2026 4:55 PM\n"
                "To: 森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>\n"
                "Subject: 派遣学生リストの送付\n\n"
                "日の出産業株式会社 森本様\n\n"
                "本学から貴社インターンシップに参加する学生は以下の6名です。\n\n"
                + _list_064()
                + "\n東都工科大学 就職支援課 野々村\n",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six students' contacts are only in the quoted original from the recipient himself",
    },
    # 065 — the same list forwarded as an attached mail to the co-host
    {
        "id": "intern-065",
        "charset": "utf-8",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["羽鳥様 <hatori@kawasaki-denki.co.jp>"],
        "subject": "転送：派遣学生リスト（東都工科大学）",
        "body": "羽鳥様\n\n"
                "東都工科大学様から届いた派遣学生リストを、メールごと添付で転送します。\n"
                "共同研修の班分けにお使いください。\n\n"
                "森本\n",
        "attachments": [{
            "kind": "eml",
            "name": "派遣学生リストの送付.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "野々村 健 <nonomura@tohto-tech.ac.jp>",
                "to": ["森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>"],
                "subject": "派遣学生リストの送付",
                "body": "日の出産業株式会社 森本様\n\n"
                        "本学から貴社インターンシップに参加する学生は以下の6名です。\n\n"
                        + _list_064()
                        + "\n東都工科大学 就職支援課 野々村\n",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a forwarded mail (attached .eml) carrying six students' contacts: new to the co-host",
    },
    # 066 — one student on iCloud: accommodation details and a map
    {
        "id": "intern-066",
        "charset": "utf-8",
        "sender": "インターンシップ事務局 <intern@hinode-sangyo.co.jp>",
        "to": ["比嘉 凛 <rin.higa.0322@icloud.com>"],
        "subject": "Re: 宿泊先について",
        "body": "比嘉 凛 様\n\n"
                "お問い合わせありがとうございます。インターンシップ事務局です。\n"
                "沖縄からご参加の比嘉様には、下記ホテルを手配しております。\n\n"
                "　さくらホテル 神田\n"
                "　東京都千代田区内神田2-5-11（TEL 03-3254-8801）\n"
                "　8月2日（日）15:00以降チェックイン／8月7日（金）チェックアウト\n\n"
                "フロントで「日の出産業のインターン」とお伝えください。宿泊費は当社が負担します。\n"
                "ホテルから本社までの地図を添付します。\n\n"
                "日の出産業株式会社 インターンシップ事務局（03-5207-3318）\n",
        "attachments": [{"kind": "png", "name": "hotel_to_office_map.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one student on free mail; only a hotel's business address and phone",
    },
    # 067 — carrier addresses of five interns visible in To/Cc
    {
        "id": "intern-067",
        "charset": "iso-2022-jp",
        "sender": "平林 誠 <hirabayashi.makoto@mail.hinode-sangyo.co.jp>",
        "to": ["yuzuki-0807@docomo.ne.jp"],
        "cc": ["hayato.w.22@ezweb.ne.jp", "kotone_m.c@softbank.ne.jp",
               "s.onodera-04@docomo.ne.jp", "naoki.yotsu@au.com"],
        "subject": "明日の集合場所変更",
        "body": "インターン生の皆さん\n\n"
                "岐阜工場の平林です。\n"
                "明日8/6は正門工事のため、集合場所を東門守衛所に変更します。\n"
                "時間は変わらず8:50です。\n\n"
                "平林（080-6631-2057）\n",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "five private persons' carrier addresses visible to each other in To/Cc",
    },
    # 068 — one intern on a carrier address
    {
        "id": "intern-068",
        "charset": "iso-2022-jp",
        "sender": "平林 誠 <hirabayashi.makoto@mail.hinode-sangyo.co.jp>",
        "to": ["kotone_m.c@softbank.ne.jp"],
        "subject": "集合時間のご連絡",
        "body": "槙野さん\n\n"
                "岐阜工場の平林です。お電話ありがとうございました。\n"
                "新幹線の遅れの件、承知しました。岐阜羽島駅に着いたら\n"
                "タクシーで東門守衛所まで来てください（領収書をもらってください）。\n\n"
                "平林\n",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one intern on a carrier address, nothing personal",
    },
    # 069 — look-alike of the partner bank (letter added)
    {
        "id": "intern-069",
        "charset": "cp932",
        "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 南雲様 <nagumo@midori-ginnko.co.jp>"],
        "subject": "総合振込の件（インターン交通費）",
        "body": "みどり銀行 法人営業部\n南雲 様\n\n"
                "いつもお世話になっております。日の出産業 経理部の芦田です。\n"
                "8月のインターン交通費の総合振込について確認させてください。\n\n"
                "　件数：38件（うち他行宛 24件）\n"
                "　振込指定日：8月21日\n"
                "　伝送方法：法人インターネットバンキング（ファイル伝送）\n\n"
                "他行宛の手数料は、先日ご提示いただいた優遇料金が適用されますでしょうか。\n" + _SIG_ASHIDA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginnko.co.jp adds a letter to the partner bank's midori-ginko.co.jp",
    },
    # 070 — look-alike of the co-host (TLD swapped) with a timetable XLSX
    {
        "id": "intern-070",
        "charset": "utf-8",
        "sender": "宮地 玲奈 <miyaji.rena@hinode-sangyo.co.jp>",
        "to": ["羽鳥様 <hatori@kawasaki-denki.com>"],
        "subject": "共同研修 8/17 タイムテーブル",
        "body": "羽鳥様\n\n"
                "共同研修初日のタイムテーブル案をお送りします。\n"
                "御社工場見学の時間帯について、ご都合をお聞かせください。\n\n"
                "宮地\n" + _SIG_MIYAJI,
        "attachments": [{
            "kind": "xlsx",
            "name": "共同研修_0817_タイムテーブル.xlsx",
            "sheets": {"8月17日": [["時間", "内容", "場所", "担当"],
                                  ["9:00", "開講式・オリエンテーション", "日の出産業 本社7F", "日の出産業"],
                                  ["10:30", "安全教育", "同上", "川崎電機"],
                                  ["13:00", "工場見学", "川崎電機 川崎工場", "川崎電機"],
                                  ["16:00", "振り返り", "川崎電機 研修棟", "両社"]]},
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denki.com is the partner kawasaki-denki.co.jp under another TLD",
    },

    # 071 — homoglyph look-alike of the partner law firm (l → 1)
    {
        "id": "intern-071",
        "charset": "iso-2022-jp",
        "sender": "楠木 彩 <kusunoki.aya@hinode-sangyo.co.jp>",
        "to": ["早瀬先生 <hayase@shirakawa-1aw.jp>"],
        "subject": "インターン生の誓約書 文言確認のお願い",
        "body": "白川法律事務所\n早瀬 先生\n\n"
                "いつもお世話になっております。日の出産業 総務部 法務担当の楠木です。\n"
                "インターン生に提出を求めている誓約書について、\n"
                "競業避止に近い条項が含まれていないか、一度ご確認いただけますでしょうか。\n"
                "現行の文面は、明日あらためてWordファイルでお送りします。\n\n"
                "日の出産業株式会社 総務部 法務担当 楠木 彩\nTEL 03-5207-3305\n",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-1aw.jp swaps l for 1 in the partner law firm's domain",
    },
    # 072 — the law firm (correct domain): mail about the NDA, with a draft
    {
        "id": "intern-072",
        "charset": "iso-2022-jp",
        "sender": "楠木 彩 <kusunoki.aya@hinode-sangyo.co.jp>",
        "to": ["早瀬先生 <hayase@shirakawa-law.jp>"],
        "subject": "Re: 秘密保持誓約書（インターン用）修正案",
        "body": "早瀬先生\n\n"
                "修正案をありがとうございました。\n"
                "秘密情報の定義を「実習中に開示され、秘密である旨明示された情報」に限定する点、\n"
                "および存続期間を終了後3年とする点、いずれも社内で了承が得られました。\n"
                "反映したファイルを添付しますので、最終確認をお願いいたします。\n\n"
                "また、大学との間の秘密保持契約は不要とのご見解、承知いたしました。\n\n"
                "楠木\n",
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持誓約書_インターン用_v3.docx",
            "title": "秘密保持誓約書（インターン用）v3",
            "paragraphs": ["秘密保持誓約書", "第1条（秘密情報）本誓約において秘密情報とは、実習中に"
                           "貴社から開示された情報のうち、秘密である旨が明示されたものをいう。",
                           "第2条（不開示）私は、秘密情報を第三者に開示・漏えいしない。",
                           "第3条（存続期間）本誓約は、インターンシップ終了後3年間有効とする。",
                           "　　年　　月　　日　　氏名＿＿＿＿＿＿＿＿"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA to the partner law firm; a blank draft, no marking",
    },
    # 073 — emergency contact table (DOCX) of 6 residents to the dormitory manager
    {
        "id": "intern-073",
        "charset": "cp932",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["わかばレジデンス 寮管理 <kanri@wakaba-residence.co.jp>"],
        "subject": "長期インターン 入寮者の緊急連絡先一覧",
        "body": "株式会社わかばレジデンス 寮管理ご担当者様\n\n"
                "お世話になっております。日の出産業の関口です。\n"
                "9月から入寮する長期インターン生6名の緊急連絡先一覧をお送りします。\n"
                "管理人室での保管をお願いいたします。\n" + _SIG_SEKIGUCHI,
        "attachments": [{
            "kind": "docx",
            "name": "入寮者緊急連絡先一覧_2026年9月.docx",
            "paragraphs": ["わかば寮（羽島）入寮者 緊急連絡先一覧", "2026年9月1日現在　日の出産業株式会社 総務課"],
            "tables": [[["部屋", "氏名", "本人携帯", "緊急連絡先（氏名・続柄）", "緊急連絡先電話"]]
                       + [[f"{2 + i // 3}0{i % 3 + 1}", p["name"], p["phone"],
                           f"{p['sei']} {['春美', '康弘', '典子', '浩', '由紀', '学'][i]}（{['母', '父', '母', '父', '母', '父'][i]}）",
                           f"0{[58, 52, 3, 45, 54, 48][i]}-{400 + i * 37}-{2000 + i * 611}"]
                          for i, p in enumerate(_P073)]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six residents' mobiles and family emergency contacts in a DOCX table to the dormitory company",
    },
    # 074 — invoice details with corporate numbers (companies only)
    {
        "id": "intern-074",
        "charset": "utf-8",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["わかばレジデンス 経理ご担当 <keiri@wakaba-residence.co.jp>"],
        "subject": "請求書の宛名・登録番号について",
        "body": "株式会社わかばレジデンス 経理ご担当者様\n\n"
                "いつもお世話になっております。日の出産業 総務課の関口です。\n"
                "9月分の寮費請求書（請求番号 WR-2609-0112）を拝受しました。\n"
                "インボイスの登録番号（T1011101048273）も確認いたしました。\n\n"
                "恐れ入りますが、次回から宛名を「日の出産業株式会社 総務部」とし、\n"
                "当社の法人番号 9020001067359 を備考欄にご記載いただけますでしょうか。\n"
                "お支払いは10月末日、みどり銀行からの振込を予定しております。\n" + _SIG_SEKIGUCHI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice mail with two companies' corporate numbers: business identifiers only",
    },
    # 075 — selection results exported as an HTML file (12 applicants) to the career office
    {
        "id": "intern-075",
        "charset": "utf-8",
        "sender": "大槻 拓海 <otsuki.takumi@hinode-sangyo.co.jp>",
        "to": ["北斗学院大学 キャリアセンター <career@hokuto-gakuin.ac.jp>"],
        "subject": "選考結果のご報告（貴学応募者分）",
        "body": "北斗学院大学 キャリアセンター ご担当者様\n\n"
                "お世話になっております。日の出産業の大槻です。\n"
                "お問い合わせのあった、貴学からの応募者の選考結果を添付いたします。\n"
                "システムから出力したものをそのままお送りしております。\n" + _SIG_OTSUKI,
        "attachments": [{"kind": "html", "name": "選考結果_北斗学院大学.html", "html": _HTML_075}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "12 applicants' names, e-mails and results in an HTML attachment: a list of people",
    },
    # 076 — asks the college to confirm insurance enrolment, no names
    {
        "id": "intern-076",
        "charset": "cp932",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["鴎工業高等専門学校 学生課 <gakusei@kamome-ct.ac.jp>"],
        "subject": "学研災付帯賠償責任保険の加入確認について",
        "body": "鴎工業高等専門学校 学生課 ご担当者様\n\n"
                "お世話になっております。日の出産業株式会社 総務課の関口です。\n"
                "12月の仕事体験に参加される貴校の学生の皆様について、\n"
                "学生教育研究災害傷害保険（学研災）および付帯賠償責任保険（インターンシップ・\n"
                "教職資格活動等賠償責任保険）への加入状況をご確認いただけますでしょうか。\n\n"
                "当社側では別途、傷害保険に一括加入いたします。\n"
                "ご回答は加入の有無のみで結構です。\n" + _SIG_SEKIGUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "question about the students' insurance without any individual",
    },
    # 077 — 9 students with 和暦 birth dates, full-width padded columns, in the body
    {
        "id": "intern-077",
        "charset": "cp932",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["鴎工業高等専門学校 学生課 <gakusei@kamome-ct.ac.jp>"],
        "subject": "Re: 学研災付帯賠償責任保険の加入確認について（対象学生一覧）",
        "body": "学生課 ご担当者様\n\n"
                "早速のご回答ありがとうございます。\n"
                "照合のため、当社で把握している参加予定者を下記に記載します。\n"
                "加入記録と相違がないかご確認ください。\n\n"
                "学籍番号　　氏名　　　　　　　　生年月日　　　　　　学科\n"
                "――――――――――――――――――――――――――――――――\n"
                + "".join(f"{_zen(f'K{4180 + 7 * i}')}　　{p['name']}"
                          + "　" * max(1, 10 - len(p["name"]))
                          + f"{_zen(_wareki(p['dob']))}　　"
                          + f"{['機械工学科', '電気情報工学科', '物質化学工学科'][i % 3]}\n"
                          for i, p in enumerate(_P077))
                + "\n以上９名です。\n" + _SIG_SEKIGUCHI
                + "\n\n> 関口様\n> 貴社の仕事体験参加予定者は全員、学研災・付帯賠責とも加入済みです。\n"
                  "> 鴎工業高等専門学校 学生課\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "nine students' rows with 和暦 birth dates (full-width) in new text to the college",
    },
    # 078 — corrupt PDF scan of signed pledges
    {
        "id": "intern-078",
        "charset": "utf-8",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["江頭様 <egashira@seiryo.ac.jp>"],
        "subject": "誓約書（署名済み）スキャンの送付",
        "body": "江頭様\n\n"
                "貴学の学生3名分の誓約書（署名済み）をスキャンしてお送りします。\n"
                "原本は当社で保管いたします。\n\n"
                "森本\n" + _SIG_MORIMOTO,
        "attachments": [{"kind": "corrupt", "name": "誓約書_署名済み_青陵大学3名.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached PDF is corrupt and cannot be inspected",
    },
    # 079 — password ZIP with an accident PDF to the insurance agent
    {
        "id": "intern-079",
        "charset": "iso-2022-jp",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["坂巻様 <sakamaki@hinata-hoken.co.jp>"],
        "subject": "事故関係書類一式の送付",
        "body": "坂巻様\n\n"
                "お世話になっております。関口です。\n"
                "岐阜工場での事故の関係書類一式を暗号化ZIPでお送りします。\n"
                "パスワードはお電話でお伝えします。\n\n"
                "関口\n",
        "attachments": [{
            "kind": "zip",
            "name": "jiko_shorui_0805.zip",
            "password": "Tk0805#gifu",
            "files": [{"kind": "pdf", "name": "事故状況報告書.pdf",
                       "lines": ["事故状況報告書", "被保険者：八重樫 蒼", "傷病名：右第4中手骨骨折"]}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "encrypted ZIP cannot be inspected",
    },
    # 080 — plain ZIP of handout materials, nothing personal
    {
        "id": "intern-080",
        "charset": "utf-8",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["東雲大学 インターンシップ推進室 <intern-office@shinonome-u.ac.jp>"],
        "subject": "冬期インターン 事前配布資料一式",
        "body": "東雲大学 インターンシップ推進室 ご担当者様\n\n"
                "お世話になっております。日の出産業の森本です。\n"
                "冬期インターンの事前配布資料一式をZIPでお送りします。\n"
                "参加学生の皆様へ転送いただけますと幸いです。\n\n"
                "・日程表（Excel）\n・アクセスマップ（PDF）\n・持ち物リスト（テキスト）\n" + _SIG_MORIMOTO,
        "attachments": [{
            "kind": "zip",
            "name": "winter_intern_2026_handouts.zip",
            "files": [
                {"kind": "xlsx", "name": "日程表.xlsx",
                 "sheets": {"日程": [["日付", "時間", "内容"], ["12/7", "9:30-17:00", "オリエンテーション・工場見学"],
                                   ["12/8", "9:00-17:00", "部署実習"], ["12/9", "9:00-16:00", "成果発表・懇親会"]]}},
                {"kind": "pdf", "name": "アクセスマップ.pdf",
                 "lines": ["日の出産業株式会社 本社", "東京都千代田区内神田4-12-8 日の出ビル7F",
                           "JR神田駅 西口より徒歩5分", "受付：7F インターンシップ事務局"]},
                {"kind": "txt", "name": "持ち物リスト.txt",
                 "text": "・筆記用具\n・学生証\n・ノートPC（任意）\n・上履き不要\n"},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "readable ZIP of schedules and maps, no personal data",
    },
    # 081 — room/budget sheet with a 取扱注意 header, sent to the hotel
    {
        "id": "intern-081",
        "charset": "cp932",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["上條様 <kamijo@sakura-hotel.jp>"],
        "subject": "12月研修の宿泊手配表",
        "body": "上條様\n\n"
                "12月研修の宿泊手配表をお送りします。\n"
                "室数と日程をご確認いただけますでしょうか。\n\n"
                "関口\n" + _SIG_SEKIGUCHI,
        "attachments": [{
            "kind": "xlsx",
            "name": "冬期インターン_宿泊予算管理表.xlsx",
            "page_header": "取扱注意",
            "sheets": {
                "宿泊": [["【取扱注意】冬期インターン 宿泊・予算管理表（総務課）"], [],
                         ["日付", "ホテル", "室数", "単価（交渉後）", "予算単価", "差額"],
                         ["12/6", "さくらホテル 神田", 10, 9200, 11000, 1800],
                         ["12/7", "さくらホテル 神田", 10, 9200, 11000, 1800],
                         ["12/8", "さくらホテル 神田", 10, 9200, 11000, 1800]],
                "予算": [["費目", "予算", "見込"], ["宿泊", 330000, 276000], ["交通", 420000, 398500]],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the workbook is classified 取扱注意 (header and title) and goes to the hotel",
    },
    # 082 — rules for interns mention 社外秘 documents (not a marking)
    {
        "id": "intern-082",
        "charset": "iso-2022-jp",
        "sender": "大槻 拓海 <otsuki.takumi@hinode-sangyo.co.jp>",
        "to": ["白鳥 美咲 <misaki.shiratori.1107@gmail.com>"],
        "subject": "インターンシップ参加にあたってのお願い",
        "body": "白鳥 美咲 様\n\n"
                "来週からのインターンシップに先立ち、いくつかお願いがございます。\n\n"
                "1. 実習中に配布する資料のうち「社外秘」「部外秘」と表示されたものは、\n"
                "   退館時に必ず返却してください。\n"
                "2. 社内の写真撮影やSNSへの投稿はご遠慮ください。\n"
                "3. 体調がすぐれない場合は、無理をせず事務局へご連絡ください。\n\n"
                "ご不明な点は本メールへご返信ください。\n" + _SIG_OTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "explains what 社外秘 means to a student: a mention, not a marking",
    },
    # 083 — PDF table of 6 students' evaluations to the referral agency
    {
        "id": "intern-083",
        "charset": "utf-8",
        "sender": "大槻 拓海 <otsuki.takumi@hinode-sangyo.co.jp>",
        "to": ["丹波様 <tamba@intern-bridge.jp>"],
        "subject": "御社ご紹介学生の参加実績と評価",
        "body": "丹波様\n\n"
                "お世話になっております。大槻です。\n"
                "御社からご紹介いただいた学生の参加実績と評価をPDFでお送りします。\n"
                "紹介手数料のご請求の根拠資料としてお使いください。\n\n"
                "大槻\n",
        "attachments": [{
            "kind": "pdf",
            "name": "紹介学生_参加実績評価_2026夏.pdf",
            "lines": ["インターンブリッジ株式会社 御中", "ご紹介学生 参加実績・評価一覧（2026年夏）", ""],
            "table": [["氏名", "大学", "参加期間", "総合評価", "所見"],
                      ["有働 隼人", "東都工科大学", "8/3-8/7", "A", "本選考へ案内予定"],
                      ["湯浅 沙耶", "青陵大学", "8/3-8/7", "B", "発表は良好"],
                      ["桑畑 啓太", "南関東大学", "8/10-8/14", "B", "遅刻2回"],
                      ["井戸川 芽依", "白雲大学", "8/10-8/14", "A", "本選考へ案内予定"],
                      ["目黒 蓮", "北斗学院大学", "8/10-8/14", "C", "課題未提出あり"],
                      ["丹後 結衣", "緑風大学", "8/10-8/14", "B", "積極性に課題"]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "six students' rows (name, university, evaluation) in a PDF to the agency: a list of people",
    },
    # 084 — two students' participation confirmed to the agency
    {
        "id": "intern-084",
        "charset": "utf-8",
        "sender": "大槻 拓海 <otsuki.takumi@hinode-sangyo.co.jp>",
        "to": ["丹波様 <tamba@intern-bridge.jp>"],
        "subject": "Re: 紹介手数料のご請求について（12月分）",
        "body": "丹波様\n\n"
                "ご確認ありがとうございます。12月の1day仕事体験で、\n"
                "御社ご紹介の学生のうち参加されたのは次の2名です。\n\n"
                "　・早乙女 蓮さん（東都工科大学 工学部3年）12月5日 参加\n"
                "　・東海林 柚希さん（旭丘女子大学 文学部3年）12月12日 参加\n\n"
                "上記2名分でご請求をお願いいたします。\n\n大槻\n\n"
                "> 大槻様\n> 12月分のご請求にあたり、参加者をご教示いただけますでしょうか。\n"
                "> インターンブリッジ 丹波\n",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "two students' participation to the agency that referred them: fewer than five records",
    },
    # 085 — a named student was the victim of a crime on the way
    {
        "id": "intern-085",
        "charset": "iso-2022-jp",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["東雲大学 インターンシップ推進室 <intern-office@shinonome-u.ac.jp>"],
        "subject": "【ご報告】参加学生の通所途中の被害について",
        "body": "東雲大学 インターンシップ推進室 ご担当者様\n\n"
                "日の出産業の森本です。ご報告とご相談がございます。\n\n"
                "本日朝、貴学3年の左近 芽依さんが、当社へ向かう電車内で痴漢の被害に遭われました。\n"
                "神田駅で駅員に申し出て、神田警察署で被害届を提出済みです。\n"
                "ご本人は午後から実習に参加されていますが、明日以降は時差通所（10時開始）とし、\n"
                "女性社員が駅まで付き添う対応をとる予定です。\n\n"
                "大学としてのご対応についてご相談させてください。\n" + _SIG_MORIMOTO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named student who was a crime victim (要配慮個人情報) reported to the university",
    },

    # 086 — a named student's hearing disability to the sign-language interpreting centre
    {
        "id": "intern-086",
        "charset": "utf-8",
        "sender": "宮地 玲奈 <miyaji.rena@hinode-sangyo.co.jp>",
        "to": ["てのひら通訳センター 派遣コーディネーター <irai@tenohira-tsuyaku.or.jp>"],
        "subject": "手話通訳者派遣のご依頼（8/17〜8/21）",
        "body": "一般社団法人てのひら通訳センター\n派遣コーディネーター ご担当者様\n\n"
                "日の出産業株式会社 研究開発本部の宮地と申します。\n"
                "インターンシップに参加する学生のため、手話通訳者の派遣をお願いしたく存じます。\n\n"
                "【利用者】真壁 樹 さん（白雲大学大学院 理工学研究科 修士1年）\n"
                "【障害の状況】両耳の感音性難聴（身体障害者手帳 3級）。手話が第一言語、\n"
                "　　　　　　　読話は一部可能、筆談併用\n"
                "【日時】2026年8月17日（月）〜21日（金）9:00〜17:30\n"
                "【場所】日の出産業 本社7F 研修室（東京都千代田区内神田4-12-8）\n"
                "【内容】研究所での実験実習、グループ討議、成果発表\n\n"
                "お見積りとあわせてご検討いただけますと幸いです。\n" + _SIG_MIYAJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "disability (hearing, 障害者手帳) of a named student to the interpreting agency",
    },
    # 087 — the same kind of request without identifying anyone
    {
        "id": "intern-087",
        "charset": "utf-8",
        "sender": "宮地 玲奈 <miyaji.rena@hinode-sangyo.co.jp>",
        "to": ["てのひら通訳センター <irai@tenohira-tsuyaku.or.jp>"],
        "subject": "手話通訳 派遣可否のお問い合わせ（12月）",
        "body": "てのひら通訳センター ご担当者様\n\n"
                "日の出産業の宮地です。先日はありがとうございました。\n"
                "12月の1day仕事体験（12/12 岐阜工場）にも、聴覚に障害のある学生1名の\n"
                "参加が見込まれています。確定前ですが、通訳者2名体制での派遣が可能か\n"
                "事前に伺えますでしょうか。確定しだい正式にご依頼いたします。\n" + _SIG_MIYAJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a disability is mentioned but no one is identifiable",
    },
    # 088 — insurer notification workbook: summary sheet + 14 insured with birth date, address, phone
    {
        "id": "intern-088",
        "charset": "iso-2022-jp",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["常盤損害保険 団体契約課 <dantai@tokiwa-sonpo.co.jp>"],
        "subject": "包括契約 被保険者通知（冬期インターン 2026年12月分）",
        "body": "常盤損害保険株式会社 団体契約課 御中\n\n"
                "いつもお世話になっております。日の出産業株式会社 総務課の関口です。\n"
                "包括契約（証券番号 TS-2026-0471185）に基づき、12月分の被保険者を通知いたします。\n"
                "明細は添付ファイルの「被保険者一覧」シートをご参照ください。\n" + _SIG_SEKIGUCHI,
        "attachments": [{
            "kind": "xlsx",
            "name": "被保険者通知_202612.xlsx",
            "sheets": {
                "集計": [["コース", "日程", "人数"], ["営業企画", "12/5", 5], ["ものづくり", "12/12", 6],
                         ["IT", "12/19", 3], ["合計", "", 14]],
                "被保険者一覧": [["被保険者一覧（2026年12月 仕事体験）"],
                                 ["No", "氏名", "性別", "生年月日", "住所", "電話", "参加日"]]
                + [[i + 1, p["name"], p["sex"], _wareki(p["dob"], short=True), p["addr"], p["phone"],
                    ["12/5", "12/12", "12/19"][i % 3]] for i, p in enumerate(_P088)],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "14 insured students (birth date, address, phone) on the second sheet of an XLSX to the insurer",
    },
    # 089 — hotel, bus company and caterer all in To
    {
        "id": "intern-089",
        "charset": "cp932",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["上條様 <kamijo@sakura-hotel.jp>", "石動様 <isurugi@aoba-unyu.co.jp>",
               "蔦谷様 <tsutaya@kitaguni-foods.co.jp>"],
        "subject": "【関係各社様】8/3 インターン研修初日の段取り",
        "body": "さくらホテル 上條様\n青葉運輸 石動様\n北国フーズ 蔦谷様\n\n"
                "いつもお世話になっております。日の出産業の関口です。\n"
                "8月3日（研修初日）の段取りを関係各社様に一括でお知らせします。\n\n"
                "　7:30　ホテルロビー集合（さくらホテル様：朝食は6:30から）\n"
                "　7:45　バス出発（青葉運輸様：ホテル正面車寄せ）\n"
                "　8:30　本社着、オリエンテーション\n"
                "　11:45　昼食納品（北国フーズ様：7F研修室A、29食）\n\n"
                "変更があれば私までご連絡ください。\n" + _SIG_SEKIGUCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations in To can see each other: should be Bcc or separate mails",
    },
    # 090 — two organisations only: hotel and bus company
    {
        "id": "intern-090",
        "charset": "cp932",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["上條様 <kamijo@sakura-hotel.jp>"],
        "cc": ["石動様 <isurugi@aoba-unyu.co.jp>"],
        "subject": "8/7 ホテル出発時刻の件",
        "body": "上條様\n（cc：青葉運輸 石動様）\n\n"
                "最終日8/7のチェックアウト後、荷物をバスのトランクに積み込みたいため、\n"
                "ホテル正面の車寄せを7:30〜7:50の間使わせていただけますでしょうか。\n"
                "石動様、バスの到着は7:25でお願いします。\n\n関口\n",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc: an ordinary three-way arrangement",
    },
    # 091 — sensitive notes about interns, internal only
    {
        "id": "intern-091",
        "charset": "utf-8",
        "sender": "宮地 玲奈 <miyaji.rena@hinode-sangyo.co.jp>",
        "to": ["久保寺 修 <kubodera.osamu@hinode-sangyo.co.jp>"],
        "cc": ["森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>"],
        "subject": "【人事限り】インターン生の配慮事項について",
        "body": "久保寺部長\n（cc：森本さん）\n\n"
                "受入部署として把握している配慮事項を共有します。\n\n"
                "・蓮見 壮真さん：適応障害で通院中。勤務を週2日に減らす方向で大学と調整中\n"
                "・真壁 樹さん：聴覚障害（手帳3級）。8/17〜21は手話通訳を手配済み\n"
                "・都築 美咲さん：1型糖尿病。昼食前と15時に休憩（川崎電機にも依頼済み）\n\n"
                "社外への共有は本人同意の範囲に限ります。\n\n宮地\n",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "sensitive data of three interns, but every recipient is internal",
    },
    # 092 — encrypted ZIP between colleagues
    {
        "id": "intern-092",
        "charset": "utf-8",
        "sender": "大槻 拓海 <otsuki.takumi@hinode-sangyo.co.jp>",
        "to": ["森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>"],
        "subject": "評価データ（暗号化ZIP）",
        "body": "森本さん\n\n面談評価のデータです。パスワードはTeamsで送ります。\n\n大槻\n",
        "attachments": [{
            "kind": "zip", "name": "mendan_hyoka_2026.zip", "password": "q8#Lm2!vRt",
            "files": [{"kind": "xlsx", "name": "面談評価.xlsx",
                       "sheets": {"評価": [["受付番号", "評価"], ["SU26-0301", 3.8], ["SU26-0302", 2.9]]}}],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an encrypted ZIP, but sent only to an internal colleague",
    },
    # 093 — English: one block per student (5) to the homestay coordinator
    {
        "id": "intern-093",
        "charset": "utf-8",
        "sender": "Emily Brown <e.brown@hinode-sangyo.co.jp>",
        "to": ["Homestay Link Matching Team <matching@homestay-link.jp>"],
        "subject": "Homestay placement request – 5 students (Jan–Feb 2027)",
        "body": "Dear Matching Team,\n\n"
                "We would like to request homestay placements near Gifu-Hashima for five students\n"
                "joining our winter internship (17 January – 13 February 2027). Their profiles:\n\n"
                + "".join(f"■ {n}\n  Nationality: {c}\n  Date of birth: {d}\n  Mobile (Japan): {t}\n"
                          f"  E-mail: {m}\n  Requests: {r}\n\n" for n, c, d, t, m, r in _HOMESTAY)
                + "Please let us know the host families' availability by 20 November.\n" + _SIG_BROWN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five students' profile blocks (birth date, mobile, e-mail) to the homestay agency: a list",
    },
    # 094 — one additional student profile
    {
        "id": "intern-094",
        "charset": "utf-8",
        "sender": "Emily Brown <e.brown@hinode-sangyo.co.jp>",
        "to": ["Homestay Link Matching Team <matching@homestay-link.jp>"],
        "subject": "Re: Homestay placement request – one additional student",
        "body": "Dear Ms Okabe,\n\n"
                "Thank you for the quick reply. One more student has been confirmed:\n\n"
                "  Name:          Tanaka-Wright, Olivia\n"
                "  Nationality:   Australia\n"
                "  Date of birth: 9 June 2004\n"
                "  E-mail:        olivia.tw@student.kelvin-uni.edu.au\n"
                "  Requests:      none in particular\n\n"
                "Same period (17 January – 13 February). Many thanks.\n" + _SIG_BROWN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one student's profile to the homestay agency: a single record, may be warned",
    },
    # 095 — group rail tickets, paid by company transfer
    {
        "id": "intern-095",
        "charset": "iso-2022-jp",
        "sender": "関口 恵 <sekiguchi.megumi@hinode-sangyo.co.jp>",
        "to": ["たびのまど 団体旅行センター <dantai@tabinomado.co.jp>"],
        "subject": "新幹線 団体乗車券の手配（インターン 東京→岐阜羽島）",
        "body": "株式会社たびのまど 団体旅行センター ご担当者様\n\n"
                "日の出産業株式会社 総務課の関口です。下記の手配をお願いいたします。\n\n"
                "　区間：東京 → 岐阜羽島（こだま／ひかり 指定席）\n"
                "　日時：2026年8月6日（木）東京 7:00前後発\n"
                "　人数：18名（学生16名・引率2名）\n"
                "　お支払：請求書払い（当社口座より振込）\n"
                "　　振込元：みどり銀行 神田支店 当座 0418227 ヒノデサンギヨウ（カ\n\n"
                "乗車券は8月3日までに本社総務課あてにお送りください。\n" + _SIG_SEKIGUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "group booking with counts; the only account is the company's own",
    },
    # 096 — a student's My Number mail forwarded as an attachment to the tax office
    {
        "id": "intern-096",
        "charset": "cp932",
        "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
        "to": ["奥貫様 <okunuki@kiryu-tax.jp>"],
        "subject": "FW: マイナンバーの提出について（栗栖）",
        "body": "奥貫様\n\n"
                "謝礼の支払調書の件、残り1名分の本人からのメールを転送します。\n"
                "（本人がメールで送ってきてしまったものです）\n\n芦田\n",
        "attachments": [{
            "kind": "eml",
            "name": "マイナンバーの提出について.eml",
            "message": {
                "charset": "utf-8",
                "sender": "栗栖 颯太 <sota.kurisu.work@gmail.com>",
                "to": ["芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>"],
                "subject": "マイナンバーの提出について",
                "body": "日の出産業株式会社 経理部 芦田様\n\n"
                        "お世話になっております。インターンに参加した栗栖です。\n"
                        "謝礼の件で、マイナンバーをお送りします。\n\n"
                        f"個人番号：{my_number(SEED + 6)}\n"
                        "住所：〒464-0814 愛知県名古屋市千種区不老町2-19-7 ハイツソレイユ105\n\n"
                        "よろしくお願いいたします。\n栗栖 颯太\n",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "an attached forwarded mail carries a student's My Number and address to the tax office",
    },
    # 097 — payment notice to a student; My Number via a secure form, not mail
    {
        "id": "intern-097",
        "charset": "utf-8",
        "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
        "to": ["岩佐 航平 <kohei.iwasa.97@gmail.com>"],
        "subject": "インターンシップ謝礼のお支払いについて",
        "body": "岩佐 航平 様\n\n"
                "日の出産業 経理部の芦田です。インターンシップの謝礼についてご案内します。\n\n"
                "　金額：30,000円（源泉所得税 3,063円を差し引いてお振込みします）\n"
                "　時期：9月25日\n\n"
                "支払調書の作成のため、個人番号（マイナンバー）のご提出が必要です。\n"
                "下記の専用フォームからアップロードしてください。メールでの送付はご遠慮ください。\n"
                "　https://secure.hinode-sangyo.co.jp/mynumber/\n\n"
                "振込先口座も同フォームでご登録ください。\n" + _SIG_ASHIDA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "mentions マイナンバー and a bank transfer but carries no number",
    },
    # 098 — company profile with a list of offices (businesses)
    {
        "id": "intern-098",
        "charset": "cp932",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["北斗学院大学 キャリアセンター <career@hokuto-gakuin.ac.jp>"],
        "subject": "求人票・企業紹介欄の記載内容について",
        "body": "北斗学院大学 キャリアセンター ご担当者様\n\n"
                "お世話になっております。日の出産業の森本です。\n"
                "ご依頼の企業紹介欄の記載内容をお送りします。\n\n"
                "■会社名　日の出産業株式会社（法人番号 9020001067359）\n"
                "■事業内容　産業用モータ部材・機能性樹脂の製造販売、物流ソリューション\n"
                "■事業所\n"
                "　本社　　　東京都千代田区内神田4-12-8　TEL 03-5207-3300\n"
                "　岐阜工場　岐阜県羽島市福寿町浅平1182　TEL 058-392-7700\n"
                "　大阪支店　大阪府大阪市中央区瓦町5-3-14　TEL 06-6221-4180\n"
                "　福岡営業所　福岡県福岡市博多区住吉7-2-9　TEL 092-473-5512\n"
                "■採用担当　人事部 採用グループ（recruit@hinode-sangyo.co.jp）\n\n"
                "よろしくお願いいたします。\n" + _SIG_MORIMOTO,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "list of the company's own offices and switchboards, and its corporate number: no person",
    },
    # 099 — reply to a student who copied her professor (one private person + one university)
    {
        "id": "intern-099",
        "charset": "iso-2022-jp",
        "sender": "大槻 拓海 <otsuki.takumi@hinode-sangyo.co.jp>",
        "to": ["丹後 沙耶 <saya.tango.rf@gmail.com>"],
        "cc": ["笹倉先生 <sasakura@ryokufu.ac.jp>"],
        "subject": "Re: インターンシップの単位認定に関するご質問",
        "body": "丹後 沙耶 様\n（cc：緑風大学 笹倉先生）\n\n"
                "ご質問ありがとうございます。日の出産業の大槻です。\n"
                "当社のインターンシップは5日間・計37.5時間で、修了時に出席記録と\n"
                "評価票を大学様へお送りしています。単位認定の要件は大学様の規程によりますので、\n"
                "詳細は笹倉先生にご確認いただけますと幸いです。\n\n"
                "笹倉先生、必要な様式がございましたらお知らせください。\n" + _SIG_OTSUKI
                + "\n\n> 日の出産業 大槻様\n> 貴社のインターンシップは単位認定の対象になりますでしょうか。\n"
                  "> 緑風大学 経済学部3年 丹後\n",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient", "multiple_external_domains"],
        "note": "one free-mail student and her university: two external parties, a normal reply",
    },
    # 100 — aggregated survey results (PDF) to a professor
    {
        "id": "intern-100",
        "charset": "utf-8",
        "sender": "森本 沙織 <morimoto.saori@hinode-sangyo.co.jp>",
        "to": ["笹倉先生 <sasakura@ryokufu.ac.jp>"],
        "subject": "夏期インターンシップ 参加者アンケート集計結果の共有",
        "body": "笹倉先生\n\n"
                "お世話になっております。日の出産業の森本です。\n"
                "夏期インターンシップの参加者アンケート（回答28名、無記名）の集計結果をお送りします。\n"
                "ゼミでの振り返りにお役立ていただければ幸いです。\n" + _SIG_MORIMOTO + _DISCLAIMER_JA,
        "attachments": [{
            "kind": "pdf",
            "name": "アンケート集計_2026夏.pdf",
            "title": "2026夏期インターンシップ アンケート集計",
            "lines": ["2026年度 夏期インターンシップ 参加者アンケート集計（n=28、無記名）", ""],
            "table": [["設問", "とても満足", "満足", "普通", "不満"],
                      ["プログラム全体", "57%", "36%", "7%", "0%"],
                      ["社員との交流", "64%", "29%", "7%", "0%"],
                      ["実習内容の難易度", "32%", "46%", "18%", "4%"],
                      ["宿泊・交通の手配", "50%", "39%", "11%", "0%"],
                      ["当社への志望度が上がった", "61%", "25%", "14%", "0%"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "anonymous aggregated survey percentages: statistics, not people",
    },
]
