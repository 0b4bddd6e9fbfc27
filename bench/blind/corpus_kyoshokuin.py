"""Blind corpus, area kyoshokuin: personnel mail of the school corporation that 日の出産業株式会社's
教育事業部 runs (学校法人日の出学園: 日の出学園中学校・高等学校, staff on gakuen.hinode-sangyo.co.jp):
teacher recruitment (大学キャリアセンター, 人材紹介, 採用試験・内定), transfers and 交流人事 with a
partner school, leave of absence and return to work (休職・復職, 産業医, 診断書), contracts and pay
of part-time lecturers (非常勤講師, 講師派遣, マイナンバー, 振込口座), teaching licences, training
(研修会社, 研修会場のホテル), social insurance and tax (私学共済会, 社労士, 税理士), and mail with
parents, PTA, the alumni association, the board of education and overseas partner schools —
rosters in plain-text tables, tabs, bullets, blocks, HTML, CSV, XLS/XLSX, DOCX, PDF, PPTX, ZIP and
attached mail, encrypted or corrupt files, reply threads, forwards and English mail."""

from build import card_number, my_number

SEED = 70201

_ZEN = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def _z(text: str) -> str:
    """Full-width digits, as some staff type them."""
    return text.translate(_ZEN)


def _mn(k: int, sep: str = " ") -> str:
    n = my_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:])) if sep else n


def _card(k: int, sep: str = "-") -> str:
    n = card_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:12], n[12:])) if sep else n


SIG_HOASHI = """
--
日の出産業株式会社 教育事業部 学園事務局 給与・厚生係
帆足 陽菜（ほあし ひな）
〒251-0047 神奈川県藤沢市辻堂元町6丁目2番18号 日の出学園内
TEL 0466-31-7720（直通） FAX 0466-31-7729
hoashi.hina@hinode-sangyo.co.jp
"""

SIG_MIYANOHARA = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
教育事業部 人事課 課長　宮之原 聡
〒251-0047 藤沢市辻堂元町6-2-18
TEL：0466-31-7701　内線 210
Mail：miyanohara.satoshi@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_IMAIZUMI = """
――――――――――――――――――――
日の出産業（株）教育事業部 人事課
採用・研修担当　今泉 沙織
TEL 0466-31-7705 / FAX 0466-31-7729
imaizumi.saori@hinode-sangyo.co.jp
――――――――――――――――――――
"""

SIG_KITO = """
---------------------------------
学校法人日の出学園 日の出学園高等学校
教頭　鬼頭 正隆
（運営：日の出産業株式会社 教育事業部）
TEL 0466-31-7711
kito.masataka@hinode-sangyo.co.jp
---------------------------------
"""

SIG_SHOJI = """
東海林 慶子 / Keiko Shoji
Education Division, Hinode Sangyo Co., Ltd.
International Programs Office, Hinode Gakuen Junior & Senior High School
6-2-18 Tsujido-Motomachi, Fujisawa, Kanagawa 251-0047, Japan
Tel +81-466-31-7740
shoji.keiko@hinode-sangyo.co.jp
"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
　お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。
"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and delete it.
"""

MESSAGES = [
    # ---------------------------------------------------------------- 001
    {
        "id": "kyoshokuin-001",
        "charset": "iso-2022-jp",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["東海私学共済会 加入課 <kanyu@tokai-shikyo.or.jp>"],
        "subject": "【日の出学園】令和7年度 新規採用教職員の資格取得届について",
        "body": """東海私学共済会 加入課 御中

いつもお世話になっております。
学校法人日の出学園（事務局：日の出産業 教育事業部）の帆足でございます。

4月1日付で採用いたしました教職員7名の資格取得届を提出いたします。
届出用紙への転記にあたり、対象者の一覧を添付のExcelにまとめましたので、
内容をご確認いただけますでしょうか。
（2枚目のシートに、前職の共済加入歴がある方の備考を記載しております）

原本は本日、簡易書留にて発送いたしました。
何卒よろしくお願い申し上げます。
""" + SIG_HOASHI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "R7新規採用者一覧_資格取得.xlsx",
                "title": "令和7年度 新規採用教職員一覧",
                "sheets": {
                    "一覧": [
                        ["令和7年度 新規採用教職員一覧（日の出学園中学校・高等学校）", "", "", "", "", "", "", "", "", ""],
                        ["作成：学園事務局 給与・厚生係　2025/04/03", "", "", "", "", "", "", "", "", ""],
                        [],
                        ["No", "職員番号", "氏名", "フリガナ", "生年月日", "性別", "郵便番号", "住所", "電話番号", "職種"],
                        [1, "G25001", "鵜殿 遥香", "ウドノ ハルカ", "2002/06/14", "女", "251-0861", "神奈川県藤沢市大庭5412-3 レジデンス大庭203", "080-4417-2208", "教諭（国語）"],
                        [2, "G25002", "仁科 拓真", "ニシナ タクマ", "2001/11/02", "男", "253-0041", "神奈川県茅ヶ崎市茅ヶ崎2-9-14", "090-6283-1975", "教諭（数学）"],
                        [3, "G25003", "舟橋 千尋", "フナハシ チヒロ", "1996/03/27", "女", "247-0056", "神奈川県鎌倉市大船3-17-6-402", "070-2291-8840", "教諭（英語）"],
                        [4, "G25004", "五百旗頭 亮", "イオキベ リョウ", "1999/08/09", "男", "252-0804", "神奈川県藤沢市湘南台4-21-8", "080-9032-5516", "教諭（理科）"],
                        [5, "G25005", "相良 美緒", "サガラ ミオ", "2003/01/30", "女", "254-0035", "神奈川県平塚市宮の前11-5", "090-7784-3021", "養護教諭"],
                        [6, "G25006", "秦 慎之介", "ハタ シンノスケ", "1988/12/18", "男", "233-0002", "神奈川県横浜市港南区上大岡西1-30-2", "080-1126-7739", "教諭（保健体育）"],
                        [7, "G25007", "月見里 咲", "ヤマナシ サキ", "1994/05/05", "女", "251-0024", "神奈川県藤沢市鵠沼橘1-4-19", "070-6650-4413", "事務職員"],
                    ],
                    "備考": [
                        ["氏名", "備考"],
                        ["舟橋 千尋", "前職：私立校（静岡）にて共済加入歴あり。旧加入者番号は届出書に記載"],
                        ["秦 慎之介", "公立校からの転職。共済組合の資格喪失証明書を添付予定"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX roster of 7 new hires (DOB, home address, phone) to an external mutual-aid association: list of people",
    },
    # ---------------------------------------------------------------- 002
    {
        "id": "kyoshokuin-002",
        "charset": "utf-8",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["gakko-kyoiku@kyoiku.city.asahigaoka.lg.jp"],
        "subject": "教員採用合同説明会（8月）への出展についてのお問い合わせ",
        "body": """朝日ヶ丘市教育委員会 学校教育課
ご担当者様

突然のご連絡失礼いたします。
学校法人日の出学園で教職員の採用を担当しております、日の出産業 教育事業部の今泉と申します。

貴委員会の広報紙にて、8月23日（土）に市民会館で「教員をめざす学生のための合同説明会」を
開催されると拝見いたしました。私立学校のブース出展も受け付けていらっしゃるようでしたら、
以下についてご教示いただけますと幸いです。

　1. 私立学校の出展可否と申込期限
　2. ブース1区画あたりの机・椅子の数、電源の有無
　3. 配布物（学校案内パンフレット）の事前提出の要否

お忙しいところ恐縮ですが、どうぞよろしくお願いいたします。
""" + SIG_IMAIZUMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary inquiry to a board of education; only the sender's signature",
    },
    # ---------------------------------------------------------------- 003
    {
        "id": "kyoshokuin-003",
        "charset": "shift_jis",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["星野 社会保険労務士事務所 <office@hoshino-sr.jp>"],
        "subject": "非常勤講師（4月契約）の源泉・雇用保険手続きのお願い",
        "body": f"""星野社会保険労務士事務所
星野 様

いつも大変お世話になっております。日の出学園 事務局の帆足です。

4月から週3コマでお願いすることになった非常勤講師1名について、
源泉徴収の手続きと雇用保険の要否のご判断をお願いできますでしょうか。
ご本人から提出された情報を下記のとおりお送りします。

　氏名　　　：鵜飼 紗季（うかい さき）
　生年月日　：1991年9月12日
　住所　　　：東京都町田市鶴間3丁目14番地の7 グランフォレスト鶴間 305
　個人番号　：{_mn(1)}
　担当　　　：高等学校 家庭科（火・木・金 各1コマ）
　他校勤務　：あり（市立中学校 週2日）

扶養控除等申告書の原本は、次回ご来校の際にお渡しいたします。
よろしくお願いいたします。

帆足
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a part-time lecturer's My Number with name, DOB and address in the body to an outside labour consultant",
    },
    # ---------------------------------------------------------------- 004
    {
        "id": "kyoshokuin-004",
        "charset": "utf-8",
        "sender": "宮之原 聡 <miyanohara.satoshi@hinode-sangyo.co.jp>",
        "to": ["白川 修一 <s.shirakawa@shirakawa-law.jp>"],
        "cc": ["kito.masataka@hinode-sangyo.co.jp"],
        "subject": "ご相談：休職期間満了が近い教諭の取扱いについて",
        "body": """白川法律事務所
白川 先生

いつもお世話になっております。日の出産業 教育事業部の宮之原です。
先日お電話でお話しした件、経緯を整理しましたのでお送りいたします。

■対象者
　高等学校 国語科 教諭　百目鬼 浩一（48歳、勤続19年）

■経緯
　・2023年11月 主治医より「うつ病」と診断され、同月20日から病気休職（就業規則第31条）
　・2024年9月 一度復職を申し出たが、産業医面談で時期尚早との意見。休職延長
　・2025年5月 主治医の診断書では「抗うつ薬の減量中、就労は軽作業から可」
　・休職期間の上限（通算2年）は2025年11月19日に満了予定

■ご相談したい点
　1. 満了時に自然退職とする規定の適用に問題がないか
　2. 試し出勤（リハビリ勤務）を挟む場合の賃金の扱い
　3. ご本人・ご家族への説明の順序

来週中に一度お打合せの時間をいただけますと幸いです。
""" + SIG_MIYANOHARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named teacher's diagnosis (うつ病) and sick-leave history sent to an external law firm: sensitive data of one person",
    },
    # ---------------------------------------------------------------- 005
    {
        "id": "kyoshokuin-005",
        "charset": "iso-2022-jp",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": [
            "m.kaneshiro.1979@gmail.com",
            "ryu-takasugi@yahoo.co.jp",
            "kurobe.akane@icloud.com",
            "sensei.haga@gmail.com",
            "n-matsunaga@outlook.jp",
            "tomoe.kiriya@gmail.com",
        ],
        "subject": "次年度の非常勤講師契約に関する意向確認のお願い",
        "body": """非常勤講師の先生方

いつも本校の授業にご尽力いただき、ありがとうございます。
日の出学園 事務局の帆足です。

次年度（令和8年度）の時間割編成にあたり、契約更新のご意向を確認させてください。
お手数ですが、12月12日（金）までに本メールへのご返信で、以下をお知らせください。

　・次年度の契約更新を希望されるか（希望する／希望しない／未定）
　・ご希望の曜日・時限（他校とのご都合も含めて）
　・担当可能な科目の追加があれば

ご不明な点は事務局（0466-31-7720）までお電話でも結構です。
どうぞよろしくお願いいたします。
""" + SIG_HOASHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "six private lecturers' addresses in To, visible to each other: should have been Bcc",
    },
    # ---------------------------------------------------------------- 006
    {
        "id": "kyoshokuin-006",
        "charset": "iso-2022-jp",
        "sender": "宮之原 聡 <miyanohara.satoshi@hinode-sangyo.co.jp>",
        "to": ["久我山 典子 <kugayama.noriko@gakuen.hinode-sangyo.co.jp>"],
        "cc": ["kito.masataka@hinode-sangyo.co.jp", "rijicho-shitsu@hinode-sangyo.co.jp"],
        "subject": "10月末時点 休職者・復職予定者の状況",
        "body": """久我山校長先生

お疲れさまです。人事課の宮之原です。
理事会資料用に、10月末時点の休職者の状況を取りまとめました。

氏名            所属        区分      開始日        診断名（診断書記載）        復職見込み
--------------  ----------  --------  ------------  --------------------------  ----------
百目鬼 浩一     高校国語    病気休職  2023/11/20    うつ病                      未定
四十物 由紀     中学理科    病気休職  2025/04/08    乳がん（術後化学療法）      2026/01
小鳥遊 健       高校数学    病気休職  2025/06/16    適応障害                    2025/12
栗花落 真司     中学社会    病気休職  2025/09/01    腰椎椎間板ヘルニア          2025/11
一尺八寸 綾     事務室      休職      2025/07/01    （私傷病）双極性障害        未定

※小鳥遊先生は11月から試し出勤を予定しています。
※本資料は理事会後に回収させてください。

宮之原
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "diagnoses of five staff, but every recipient is internal (incl. the gakuen subdomain)",
    },
    # ---------------------------------------------------------------- 007
    {
        "id": "kyoshokuin-007",
        "charset": "utf-8",
        "sender": "宮之原 聡 <miyanohara.satoshi@hinode-sangyo.co.jp>",
        "to": ["白川 修一 <s.shirakawa@shirakawa-law.co.jp>"],
        "subject": "教職員就業規則 改定案（第4版）のご確認",
        "body": """白川先生

お世話になっております。宮之原です。

先日ご指摘いただいた点を反映し、教職員就業規則の改定案（第4版）を作成いたしました。
主な修正箇所は以下の3点です。

　・第18条（非常勤講師の契約期間）：更新上限を明記
　・第31条（休職）：休職期間の通算規定を新設
　・第52条（懲戒）：懲戒の種類に「降格」を追加

条文案は次のメールでWordファイルにてお送りします。
11月の理事会に諮る予定のため、今月中にご意見をいただけますと助かります。

よろしくお願いいたします。
""" + SIG_MIYANOHARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain shirakawa-law.co.jp is a look-alike of the partner shirakawa-law.jp (added co.)",
    },
    # ---------------------------------------------------------------- 008
    {
        "id": "kyoshokuin-008",
        "charset": "shift_jis",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["office@hoshino-sr.jp"],
        "subject": "給与規程 改定案の送付",
        "body": """星野先生

お世話になっております。帆足です。
先日の打合せで話題になった教職員給与規程の改定案をお送りします。
初任給調整手当と、非常勤講師の時間単価表の部分をご確認いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_HOASHI,
        "attachments": [
            {
                "kind": "docx",
                "name": "教職員給与規程_改定案_v3.docx",
                "title": "教職員給与規程 改定案",
                "page_header": "社外秘",
                "page_footer": "学校法人日の出学園　社外秘　無断複製禁止",
                "paragraphs": [
                    "【社外秘】",
                    "学校法人日の出学園 教職員給与規程 改定案（第3版）",
                    "第12条（初任給調整手当）　新たに採用された教諭に対し、採用後3年間、月額15,000円を支給する。",
                    "第15条（非常勤講師の報酬）　1コマ（50分）あたりの報酬は別表第2による。",
                    "附則　この規程は令和8年4月1日から施行する。",
                ],
                "tables": [
                    [
                        ["区分", "現行（円/コマ）", "改定案（円/コマ）"],
                        ["一般", "2,800", "3,100"],
                        ["専門（実技・実験）", "3,000", "3,400"],
                        ["大学院修了・経験10年以上", "3,300", "3,700"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached draft regulation stamped 社外秘 in header, footer and first line, sent outside",
    },
    # ---------------------------------------------------------------- 009
    {
        "id": "kyoshokuin-009",
        "charset": "iso-2022-jp",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["青嵐大学 キャリアセンター 教職支援担当 <kyoshoku@career.seiran-u.ac.jp>"],
        "subject": "内定者提出書類の件（ファイル送付）",
        "body": """青嵐大学 キャリアセンター
教職支援ご担当 様

いつもお世話になっております。日の出学園の今泉です。
先日お問い合わせいただいた、貴学ご出身の内定者2名の提出書類（写し）をお送りします。
添付ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせいたします。

ご査収のほど、よろしくお願いいたします。
""" + SIG_IMAIZUMI,
        "attachments": [
            {
                "kind": "zip",
                "name": "内定者書類_青嵐大学.zip",
                "password": "Hng2025#kyo",
                "files": [
                    {
                        "kind": "csv",
                        "name": "内定者.csv",
                        "rows": [
                            ["氏名", "生年月日", "携帯", "免許状"],
                            ["岩清水 萌", "2003/02/11", "080-3361-9021", "中高一種（英語）見込"],
                            ["東海林 俊", "2002/10/07", "090-5528-1146", "中高一種（数学）見込"],
                        ],
                    },
                    {"kind": "pdf", "name": "成績証明書_写し.pdf", "lines": ["成績証明書（写し）", "岩清水 萌　英語学科"]},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to a university: contents cannot be inspected",
    },
    # ---------------------------------------------------------------- 010
    {
        "id": "kyoshokuin-010",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 正隆 <kito.masataka@hinode-sangyo.co.jp>",
        "to": ["tamura-family.0412@docomo.ne.jp"],
        "subject": "Re: 2年3組の担任の先生について",
        "body": """田村 様

ご連絡ありがとうございます。日の出学園高等学校 教頭の鬼頭でございます。

2年3組の担任につきましては、11月より四月一日（わたぬき）教諭に代わり、
副担任の栗林教諭が担任を務めることとなりました。
四月一日教諭は引き続き学年の数学の授業を担当いたします。
急な変更でご心配をおかけし、申し訳ございません。

詳しくは11月8日（土）の学年保護者会で学年主任よりご説明いたします。
ご不明な点がございましたら、いつでも学校までお問い合わせください。
""" + SIG_KITO + """
> 日の出学園高等学校 教頭先生
>
> 2年3組 田村 大翔の母です。
> 本日子どもから、担任の先生が替わると聞きました。理由や今後の体制を教えてください。
> 日中は仕事で電話に出られないことが多いので、メールでご回答いただくか、
> 夕方以降に 090-2716-4483 までご連絡ください。
>
> 田村 由美子
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one parent on carrier mail; the parent's phone is only in quoted text",
    },
    # ---------------------------------------------------------------- 011
    {
        "id": "kyoshokuin-011",
        "charset": "iso-2022-jp",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["ティーチングスタッフ株式会社 派遣事業部 <haken@teaching-staff.co.jp>"],
        "subject": "来年度 更新予定の講師一覧（ご確認のお願い）",
        "body": """ティーチングスタッフ株式会社
派遣事業部 ご担当者様

いつもお世話になっております。日の出学園 事務局の帆足です。

来年度も引き続きお願いしたい講師の先生方を、以下にまとめました。
貴社側でご本人への意向確認と、連絡先に変更がないかのご確認をお願いいたします。

氏名            教科      携帯電話        メール                          最寄駅
--------------  --------  --------------  ------------------------------  ----------
金城 真理       国語      090-3318-4027   m.kaneshiro.1979@gmail.com      辻堂
高杉 隆         地歴      080-7760-1392   ryu-takasugi@yahoo.co.jp        藤沢
黒部 茜         英語      070-4491-2853   kurobe.akane@icloud.com         大船
芳賀 伸一郎     理科      090-8802-6614   sensei.haga@gmail.com           茅ヶ崎
松永 なつみ     音楽      080-1243-9970   n-matsunaga@outlook.jp          湘南台
桐谷 巴         美術      090-6035-7781   tomoe.kiriya@gmail.com          戸塚
喜屋武 亮介     保健体育  070-5514-0236   kyan.ryosuke@softbank.ne.jp     平塚

※喜屋武先生は今年度途中からのご契約です。
以上、よろしくお願いいたします。
""" + SIG_HOASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "padded plain-text table of 7 lecturers with mobile and private e-mail to a staffing agency",
    },
    # ---------------------------------------------------------------- 012
    {
        "id": "kyoshokuin-012",
        "charset": "utf-8",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["東都学芸大学 教職支援室 <kyoshoku-shien@toto-gakugei.ac.jp>"],
        "subject": "教育実習の受入れ決定について（ご通知）",
        "body": """東都学芸大学 教職支援室 御中

平素より大変お世話になっております。
学校法人日の出学園の今泉でございます。

先般ご依頼のありました教育実習につきまして、下記のとおり受け入れることといたしましたので
ご通知申し上げます。

　実習生　　：栗花落 美月（つゆり みづき）さん　教育学部 英語教育専修 4年
　学籍番号　：TG21E0347
　実習期間　：2026年5月25日（月）〜6月12日（金）3週間
　実習校種　：高等学校（英語）
　指導教員　：舟橋 千尋 教諭
　連絡先　　：090-4728-1163（ご本人携帯、緊急時のみ使用）

事前打合せは4月中旬を予定しております。日程は追ってご本人に直接ご連絡いたします。
今後ともよろしくお願いいたします。
""" + SIG_IMAIZUMI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one student teacher's record (name, mobile) to her university: one person, may be warned",
    },
    # ---------------------------------------------------------------- 013
    {
        "id": "kyoshokuin-013",
        "charset": "utf-8",
        "sender": "東海林 慶子 <shoji.keiko@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約係 <reserve@sakura-hotel.jp>"],
        "subject": "11/14-15 研修宿泊（日の出学園）ギャランティー用カード情報",
        "body": f"""さくらホテル 宿泊予約係 御中

お世話になっております。日の出学園の東海林です。
11月14日・15日の中堅教員研修の宿泊予約（シングル1室、私の分）について、
お電話でご案内いただいたとおり、ギャランティー用のカード情報をお送りします。

　カード番号：{_card(101)}
　有効期限　：09/28
　名義　　　：KEIKO SHOJI

他の参加者分は学校からの請求書払いでお願いいたします。
よろしくお願いいたします。

東海林
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a teacher's credit card number with expiry and holder name sent to a hotel by mail",
    },
    # ---------------------------------------------------------------- 014
    {
        "id": "kyoshokuin-014",
        "charset": "utf-8",
        "sender": "樋渡 一輝 <hiwatashi.kazuki@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 文教営業部 小野寺様 <onodera@tsubasa-system.jp>"],
        "subject": "校務支援システム更新に伴う秘密保持契約書の締結について",
        "body": """ツバサシステム株式会社
文教営業部 小野寺 様

いつもお世話になっております。日の出産業 教育事業部 情報システム担当の樋渡です。

来年度の校務支援システム更新（成績・出欠・教職員人事モジュール）にあたり、
移行作業で教職員データをお取り扱いいただくため、事前に秘密保持契約を締結したく存じます。
当方のひな形を添付いたしますので、貴社法務部門でご確認いただけますでしょうか。

特に第5条（秘密情報の返還・廃棄）と第8条（再委託の禁止）について
修正のご希望があればお知らせください。
契約締結までは、実データではなくダミーデータでの検証をお願いいたします。

よろしくお願いいたします。
--
日の出産業株式会社 教育事業部 情報システム担当
樋渡 一輝　TEL 0466-31-7730
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "秘密保持契約書_ひな形_20251020.pdf",
                "title": "秘密保持契約書（ひな形）",
                "lines": [
                    "秘密保持契約書（案）",
                    "学校法人日の出学園（以下「甲」という）とツバサシステム株式会社（以下「乙」という）は、",
                    "校務支援システム更新業務に関し、次のとおり秘密保持契約を締結する。",
                    "第1条（目的）本契約は、甲が乙に開示する秘密情報の取扱いを定めることを目的とする。",
                    "第2条（秘密情報）秘密情報とは、甲が乙に開示する教職員及び生徒に関する一切の情報をいう。",
                    "第5条（返還・廃棄）乙は業務終了後、秘密情報を速やかに返還又は廃棄する。",
                    "第8条（再委託）乙は甲の書面による承諾なく本業務を第三者に再委託してはならない。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with a partner, NDA template attached; no marking, no personal data",
    },
    # ---------------------------------------------------------------- 015
    {
        "id": "kyoshokuin-015",
        "charset": "utf-8",
        "sender": "宮之原 聡 <miyanohara.satoshi@hinode-sangyo.co.jp>",
        "to": ["産業医パートナーズ 若狭先生 <wakasa@sangyoi-partners.jp>"],
        "subject": "12/3 復職判定会議の資料送付",
        "body": """若狭先生

いつもお世話になっております。日の出産業 教育事業部の宮之原です。
12月3日（水）16時からの復職判定会議の資料をお送りいたします。
当日は校長、教頭、私の3名が同席いたします。

事前にお目通しいただき、追加で確認が必要な事項があればお知らせください。
""" + SIG_MIYANOHARA,
        "attachments": [
            {
                "kind": "docx",
                "name": "復職判定会議資料_小鳥遊.docx",
                "title": "復職判定会議資料",
                "paragraphs": [
                    "復職判定会議資料（2025年12月3日）",
                    "1. 対象者　小鳥遊 健（たかなし けん）　高等学校 数学科 教諭　1986年7月21日生",
                    "2. 休職期間　2025年6月16日〜（病気休職）",
                    "3. 主治医診断　適応障害（湘南こころのクリニック 診断書 2025年11月10日付）",
                    "4. 治療状況　抗不安薬の頓服のみ。睡眠リズムは改善。通院は月1回。",
                    "5. 試し出勤の状況　11月4日〜 週3日半日勤務。遅刻・欠勤なし。",
                    "6. 主治医意見　「1月から通常勤務可。ただし当面は担任・部活動顧問を外すことが望ましい」",
                ],
                "tables": [
                    [
                        ["週", "出勤日数", "勤務時間", "所見"],
                        ["11/4週", "3", "9:00-12:30", "問題なし"],
                        ["11/11週", "3", "9:00-13:30", "やや疲労感の訴え"],
                        ["11/18週", "3", "9:00-14:30", "問題なし"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "return-to-work file with a named teacher's diagnosis and treatment to an external occupational physician",
    },
    # ---------------------------------------------------------------- 016
    {
        "id": "kyoshokuin-016",
        "charset": "iso-2022-jp",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["まなび研修センター 研修企画部 <kikaku@manabi-kenshu.co.jp>"],
        "cc": ["さくらホテル 宴会営業 大森様 <omori@sakura-hotel.jp>"],
        "subject": "新任教員研修（4/3-4）会場打合せ日程のご相談",
        "body": """まなび研修センター 研修企画部 ご担当者様
さくらホテル 大森様

いつもお世話になっております。日の出学園の今泉です。

4月3日・4日の新任教員研修について、講師・会場・当方の三者で一度打合せをしたく、
下記の候補日からご都合のよい日時をお知らせいただけますでしょうか。

　・2月16日（月）14:00〜
　・2月18日（水）10:00〜
　・2月20日（金）15:00〜

場所はさくらホテル様の会議室をお借りできればと考えております。
（オンライン参加も可能です）

よろしくお願いいたします。
""" + SIG_IMAIZUMI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way meeting mail: two external organisations in To/Cc",
    },
    # ---------------------------------------------------------------- 017
    {
        "id": "kyoshokuin-017",
        "charset": "shift_jis",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 湘南営業所 <shonan@kitaguni-foods.co.jp>"],
        "subject": "教育実習期間中の昼食手配について（実習生名簿送付）",
        "body": """北国フーズ株式会社 湘南営業所
ご担当者様

いつもお世話になっております。日の出学園の今泉です。

5月25日から3週間、教育実習生8名が来校いたします。
実習期間中の昼食（職員用弁当）の追加をお願いしたく、実習生の名簿をお送りします。
アレルギー対応の要否は別途ご本人に確認のうえご連絡いたします。

よろしくお願いいたします。
""" + SIG_IMAIZUMI,
        "attachments": [
            {
                "kind": "csv",
                "name": "教育実習生名簿_2026前期.csv",
                "encoding": "cp932",
                "rows": [
                    ["氏名", "ふりがな", "大学", "学籍番号", "生年月日", "携帯電話", "メールアドレス", "実習教科"],
                    ["栗花落 美月", "つゆり みづき", "東都学芸大学", "TG21E0347", "2003/09/18", "090-4728-1163", "mizuki.tsuyuri@gmail.com", "英語"],
                    ["薬袋 直樹", "みない なおき", "青嵐大学", "SR2104412", "2003/05/02", "080-2274-3309", "minai.n@seiran-u.ac.jp", "数学"],
                    ["嘉手納 杏", "かでな あん", "北斗女子大学", "HW21-0588", "2003/12/24", "070-3148-6672", "an.kadena@yahoo.co.jp", "国語"],
                    ["十河 隼人", "そごう はやと", "湘洋大学", "SY21A119", "2002/08/30", "090-9917-2045", "sogo.hayato@icloud.com", "保健体育"],
                    ["百々 莉子", "どど りこ", "東都学芸大学", "TG21S0102", "2003/04/15", "080-6653-1187", "riko.dodo@gmail.com", "社会"],
                    ["雲母 蒼", "きらら あお", "青嵐大学", "SR2109931", "2003/01/09", "070-1802-4456", "kirara.ao@seiran-u.ac.jp", "理科"],
                    ["鰐淵 葵", "わにぶち あおい", "湘洋大学", "SY21B204", "2003/06/21", "090-3370-8812", "wanibuchi.aoi@outlook.jp", "音楽"],
                    ["神保 慧", "じんぼ けい", "北斗女子大学", "HW21-0611", "2003/10/03", "080-8825-0041", "k.jinbo@hokuto-wu.ac.jp", "家庭"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of 8 student teachers (DOB, mobile, e-mail) sent to a catering partner: list of people",
    },
    # ---------------------------------------------------------------- 018
    {
        "id": "kyoshokuin-018",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 正隆 <kito.masataka@hinode-sangyo.co.jp>",
        "to": ["haken@teaching-staff.co.jp"],
        "subject": "九十九先生の今週の授業について",
        "body": """ティーチングスタッフ 派遣事業部 御中

お世話になっております。日の出学園高等学校 教頭の鬼頭です。

貴社からご派遣いただいている九十九（つくも）先生ですが、今朝ご本人から
体調不良のため今週いっぱい授業をお休みしたいとの連絡がありました。
来週以降の見通しはまだ分からないとのことです。

つきましては、今週の木曜・金曜の化学基礎（各2コマ）について、
代わりの先生をご手配いただけるかご確認をお願いいたします。
""" + SIG_KITO,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named lecturer 'off sick this week' to his agency: vague health remark, no diagnosis — borderline",
    },
    # ---------------------------------------------------------------- 019
    {
        "id": "kyoshokuin-019",
        "charset": "utf-8",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": [
            "青嵐大学 キャリアセンター <kyoshoku@career.seiran-u.ac.jp>",
            "東都学芸大学 教職支援室 <kyoshoku-shien@toto-gakugei.ac.jp>",
            "北斗女子大学 就職課 <shushoku@hokuto-wu.ac.jp>",
            "湘洋大学 キャリア支援課 <career@shoyo-u.ac.jp>",
        ],
        "subject": "【日の出学園】令和8年度 教員採用 学内説明会のご案内",
        "body": """各大学 キャリアセンター・教職支援ご担当者様

平素より本学園の教員採用にご協力を賜り、誠にありがとうございます。
学校法人日の出学園の今泉でございます。

令和8年度の教員採用に向けて、学内説明会を下記の日程で開催いたします。
貴学の学生の皆さまへご周知いただけますと幸いです。

　日時：2026年3月14日（土）13:30〜16:00
　会場：日の出学園 本館2階 多目的ホール（JR辻堂駅 徒歩12分）
　内容：学園紹介、若手教員との座談会、授業見学、個別相談
　募集教科：国語・数学・英語・理科（物理）・保健体育
　申込：学園ウェブサイトの申込フォームより（3月6日締切）

ポスター（PDF）は後日郵送いたします。
何卒よろしくお願い申し上げます。
""" + SIG_IMAIZUMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four universities in To can see each other's contacts: should have been Bcc",
    },
    # ---------------------------------------------------------------- 020
    {
        "id": "kyoshokuin-020",
        "charset": "utf-8",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["給与係 <kyuyo@gakuen.hinode-sangyo.co.jp>"],
        "cc": ["miyanohara.satoshi@hinode-sangyo.co.jp"],
        "subject": "新任5名 個人番号の登録用データ",
        "body": """給与係 各位

新任教職員5名分の個人番号、回収が完了しました。
給与システムへの登録をお願いします。登録後、このファイルは共有フォルダから削除してください。

帆足
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "個人番号登録_新任5名.xlsx",
                "sheets": {
                    "登録用": [
                        ["職員番号", "氏名", "生年月日", "個人番号", "本人確認書類"],
                        ["G25001", "鵜殿 遥香", "2002/06/14", my_number(SEED + 2), "運転免許証"],
                        ["G25002", "仁科 拓真", "2001/11/02", my_number(SEED + 3), "マイナンバーカード"],
                        ["G25003", "舟橋 千尋", "1996/03/27", my_number(SEED + 4), "マイナンバーカード"],
                        ["G25004", "五百旗頭 亮", "1999/08/09", my_number(SEED + 5), "通知カード＋旅券"],
                        ["G25005", "相良 美緒", "2003/01/30", my_number(SEED + 6), "マイナンバーカード"],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "My Numbers of five new hires, but only to internal payroll (gakuen subdomain) and an internal cc",
    },
    # ---------------------------------------------------------------- 021
    {
        "id": "kyoshokuin-021",
        "charset": "shift_jis",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 藤沢支店 法人営業課 <fujisawa-hojin@midori-ginkou.co.jp>"],
        "subject": "12月賞与 振込データ送信日のご確認",
        "body": """みどり銀行 藤沢支店 法人営業課
ご担当者様

いつもお世話になっております。学校法人日の出学園 事務局の帆足でございます。

12月の賞与振込について、総合振込データの送信期限を確認させてください。
支給日は12月10日（水）を予定しております。

　・送信期限は支給日の3営業日前（12月5日）の15時で変わりないでしょうか
　・件数は教職員・非常勤講師あわせて約140件の見込みです

お手数ですがご回答をお願いいたします。
""" + SIG_HOASHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginkou.co.jp is a look-alike of the partner bank midori-ginko.co.jp (letter added)",
    },
    # ---------------------------------------------------------------- 022
    {
        "id": "kyoshokuin-022",
        "charset": "utf-8",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約係 <reserve@sakura-hotel.jp>"],
        "subject": "Re: 宿泊者名簿のご提出について（4/3 新任教員研修）",
        "body": """さくらホテル 宿泊予約係
ご担当者様

お世話になっております。日の出学園の今泉です。
ご依頼の宿泊者名簿をお送りします（Excelから貼り付けたため、タブ区切りになっています）。

氏名\tふりがな\t性別\t生年月日\t携帯電話\t住所
鵜殿 遥香\tうどの はるか\t女\tH14.6.14\t080-4417-2208\t神奈川県藤沢市大庭5412-3-203
仁科 拓真\tにしな たくま\t男\tH13.11.2\t090-6283-1975\t神奈川県茅ヶ崎市茅ヶ崎2-9-14
舟橋 千尋\tふなはし ちひろ\t女\tH8.3.27\t070-2291-8840\t神奈川県鎌倉市大船3-17-6-402
五百旗頭 亮\tいおきべ りょう\t男\tH11.8.9\t080-9032-5516\t神奈川県藤沢市湘南台4-21-8
相良 美緒\tさがら みお\t女\tH15.1.30\t090-7784-3021\t神奈川県平塚市宮の前11-5
秦 慎之介\tはた しんのすけ\t男\tS63.12.18\t080-1126-7739\t神奈川県横浜市港南区上大岡西1-30-2
月見里 咲\tやまなし さき\t女\tH6.5.5\t070-6650-4413\t神奈川県藤沢市鵠沼橘1-4-19
嘉数 信吾\tかかず しんご\t男\tH12.2.22\t090-1438-5507\t東京都大田区西蒲田7-3-11
宇良 さやか\tうら さやか\t女\tH13.7.7\t080-3952-6618\t神奈川県横須賀市追浜本町2-8-4

部屋割りは前回お送りしたとおりでお願いいたします。

> 宿泊当日のチェックインを円滑にするため、ご宿泊者様の氏名・連絡先を
> 事前にご提出いただけますと幸いです。
""" + SIG_IMAIZUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of 9 trainees with 和暦 DOB, mobile and home address in new text to a hotel",
    },
    # ---------------------------------------------------------------- 023
    {
        "id": "kyoshokuin-023",
        "charset": "iso-2022-jp",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["ネクストエデュ 研修事業部 <seminar@next-edu.jp>"],
        "subject": "夏季研修の会場候補について",
        "body": """ネクストエデュ株式会社 研修事業部
ご担当者様

お世話になっております。日の出学園の今泉です。
8月の授業力向上研修（2日間・約40名）の会場候補を、当方で以下のとおり洗い出しました。
講師の先生のご移動のご都合も踏まえ、どちらがよいかご意見をいただけますか。

・さくらホテル湘南　　　　〒251-0041 藤沢市辻堂神台1-3-1　TEL 0466-36-1100　会議室最大60名
・藤沢市民会館 第2会議室　〒251-0026 藤沢市鵠沼東8-1　　　TEL 0466-23-2415　最大48名
・湘南ビジネスセンター　　〒253-0043 茅ヶ崎市元町2-15　　　TEL 0467-82-3310　最大50名
・日の出学園 多目的ホール　（学内・無償）　　　　　　　　　　　　　　　　　　最大120名
・鎌倉研修会館　　　　　　〒247-0056 鎌倉市大船2-6-9　　　　TEL 0467-45-7788　最大40名

料金の概算は別途取り寄せ中です。
""" + SIG_IMAIZUMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of venues with their switchboards and addresses: businesses, not people",
    },
    # ---------------------------------------------------------------- 024
    {
        "id": "kyoshokuin-024",
        "charset": "iso-2022-jp",
        "sender": "宮之原 聡 <miyanohara.satoshi@hinode-sangyo.co.jp>",
        "to": ["清風学院 法人事務局 人事係 <jinji@seifu-gakuin.ac.jp>"],
        "subject": "【取扱注意】次年度 交流人事の内示案について",
        "body": """【取扱注意】

学校法人清風学院 法人事務局 人事係
ご担当者様

いつもお世話になっております。日の出学園の宮之原です。

両法人で協定しております教員交流人事について、当方の次年度案をお知らせします。
本件は両法人の理事会承認前の案であり、関係者以外への開示はお控えください。

　・派遣（日の出→清風）：高等学校 数学 1名（経験8〜12年）
　・受入（清風→日の出）：中学校 英語 1名（担任経験者を希望）
　・期間：令和8年4月1日から2年間
　・給与：派遣元の規程により支給し、年度末に精算

人選は1月の理事会承認後にご連絡いたします。
""" + SIG_MIYANOHARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail stamped 【取扱注意】 in subject and body sent to another school corporation",
    },
    # ---------------------------------------------------------------- 025
    {
        "id": "kyoshokuin-025",
        "charset": "utf-8",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["嘉数 信吾 <shingo.kakazu.edu@gmail.com>"],
        "subject": "面接日程のご案内（日の出学園 数学科 教諭）",
        "body": """嘉数 信吾 様

この度は日の出学園 教諭（数学）の採用選考にご応募いただき、誠にありがとうございます。
書類選考の結果、面接にお進みいただくことになりましたので、ご案内いたします。

　日時：1月24日（土）10:00〜11:30（9:45までにお越しください）
　場所：日の出学園 本館1階 事務室受付
　内容：模擬授業（15分・数学I「二次関数」）、個人面接
　持ち物：筆記用具、模擬授業の指導案（5部）

ご都合が悪い場合は、1月16日までに本メールへご返信ください。
当日お会いできることを楽しみにしております。
""" + SIG_IMAIZUMI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "interview invitation to one applicant on free mail; his own name only",
    },
    # ---------------------------------------------------------------- 026
    {
        "id": "kyoshokuin-026",
        "charset": "shift_jis",
        "sender": "宮之原 聡 <miyanohara.satoshi@hinode-sangyo.co.jp>",
        "to": ["湘南みなと就労支援センター 定着支援担当 <teichaku@shuro-shien-minato.or.jp>"],
        "subject": "採用予定の事務職員の受入れ準備について",
        "body": """湘南みなと就労支援センター
定着支援ご担当 様

お世話になっております。日の出学園（日の出産業 教育事業部）の宮之原です。
4月から事務職員として採用予定の方について、受入れ準備のご相談です。

　氏名：嘉手川 望（かでがわ のぞみ）さん
　障害の状況：身体障害者手帳 2級（両下肢機能障害）、車いす使用
　配慮事項：通勤はご家族の送迎。事務室から多目的トイレまでの動線の確保が必要
　緊急連絡先：ご本人携帯 090-5183-2246

事務室のレイアウト変更について、現地を一度ご覧いただけないでしょうか。
よろしくお願いいたします。
""" + SIG_MIYANOHARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "named hire's disability (身体障害者手帳2級) sent to an external support centre: sensitive",
    },
    # ---------------------------------------------------------------- 027
    {
        "id": "kyoshokuin-027",
        "charset": "utf-8",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["栗原税理士法人 <nencho@kurihara-tax.jp>"],
        "subject": "扶養控除等（異動）申告書の写し送付（中途採用者分）",
        "body": """栗原税理士法人
年末調整ご担当 様

いつもお世話になっております。日の出学園の帆足です。
10月に中途採用した教諭1名の扶養控除等（異動）申告書をスキャンしてお送りします。
配偶者控除の判定をお願いしたい案件です。

よろしくお願いいたします。
""" + SIG_HOASHI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "扶養控除等申告書_秦.pdf",
                "title": "令和7年分 給与所得者の扶養控除等（異動）申告書",
                "lines": [
                    "令和7年分 給与所得者の扶養控除等（異動）申告書",
                    "給与の支払者：学校法人日の出学園",
                    "あなたの氏名：秦 慎之介　　生年月日：昭和63年12月18日",
                    f"あなたの個人番号：{_mn(7, '')}",
                    "あなたの住所：神奈川県横浜市港南区上大岡西1-30-2",
                    "",
                ],
                "table": [
                    ["区分", "氏名", "続柄", "生年月日", "個人番号", "令和7年中の所得見積額"],
                    ["源泉控除対象配偶者", "秦 瑞穂", "妻", "平成2年4月3日", my_number(SEED + 8), "480,000円"],
                    ["控除対象扶養親族（16歳未満）", "秦 湊", "子", "令和2年10月9日", my_number(SEED + 9), "0円"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PDF tax form with three My Numbers (teacher, spouse, child) sent to an external tax office",
    },
    # ---------------------------------------------------------------- 028
    {
        "id": "kyoshokuin-028",
        "charset": "utf-8",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["ネクストエデュ 研修事業部 千石様 <sengoku@next-edu.jp>"],
        "subject": "授業力向上研修 御礼と来年度のご相談",
        "body": """ネクストエデュ株式会社
研修事業部 千石 様

先日は2日間にわたる授業力向上研修をご担当いただき、誠にありがとうございました。
参加した教員からは「ICTを使った協働学習の具体例がすぐに使える」と大変好評でした。

来年度は、若手向け（1〜3年目）と中堅向け（10年目前後）の2コースに分けて
実施できないかと考えております。お見積りと、講師の先生のご都合を
2月中にご提示いただけますと幸いです。

引き続きよろしくお願いいたします。
""" + SIG_IMAIZUMI + DISCLAIMER_JA + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you mail to a training vendor with the standard Japanese/English disclaimer",
    },
    # ---------------------------------------------------------------- 029
    {
        "id": "kyoshokuin-029",
        "charset": "utf-8",
        "sender": "宮之原 聡 <miyanohara.satoshi@hinode-sangyo.co.jp>",
        "to": ["清風学院 法人事務局 人事係 <jinji@seifu-gakuin.ac.jp>"],
        "subject": "合同研修の参加教員 連絡先",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>清風学院 法人事務局 人事係 御中</p>
<p>お世話になっております。日の出学園の宮之原です。<br>
2月の両法人合同研修に参加する本学園の教員の連絡先をお送りします。
グループワークの事前連絡にお使いください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>教科</th><th>携帯電話</th><th>個人メール</th><th>住所</th></tr>
<tr><td>鳥羽 和樹</td><td>数学</td><td>090-1182-7734</td><td>toba.kazuki@gmail.com</td><td>神奈川県藤沢市本鵠沼2-11-5</td></tr>
<tr><td>鹿野 瑠美</td><td>英語</td><td>080-6624-0197</td><td>rumi.kano@icloud.com</td><td>神奈川県茅ヶ崎市松浪1-7-22</td></tr>
<tr><td>漆原 隆之</td><td>理科</td><td>070-2803-4451</td><td>urushibara-t@yahoo.co.jp</td><td>神奈川県藤沢市善行団地3-4-310</td></tr>
<tr><td>西表 さくら</td><td>国語</td><td>090-7745-3398</td><td>iriomote.sakura@gmail.com</td><td>神奈川県鎌倉市腰越4-2-16</td></tr>
<tr><td>石動 晃</td><td>社会</td><td>080-4410-8826</td><td>isurugi.akira@outlook.jp</td><td>神奈川県横浜市戸塚区平戸町981-5</td></tr>
<tr><td>道祖土 恵</td><td>家庭</td><td>070-9921-5603</td><td>saido.megumi@gmail.com</td><td>神奈川県藤沢市亀井野2890-12</td></tr>
</table>
<p>--<br>日の出産業株式会社 教育事業部 人事課 課長 宮之原 聡<br>TEL 0466-31-7701</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of 6 teachers' private mobile, e-mail and home address to another school corporation",
    },
    # ---------------------------------------------------------------- 030
    {
        "id": "kyoshokuin-030",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 正隆 <kito.masataka@hinode-sangyo.co.jp>",
        "to": ["東西ツーリスト 教育旅行センター 村越様 <murakoshi@tozai-tourist.co.jp>"],
        "subject": "校外学習（鎌倉）引率教員の当日連絡先",
        "body": """東西ツーリスト株式会社 教育旅行センター
村越 様

お世話になっております。日の出学園高等学校の鬼頭です。
11月20日の1年生校外学習（鎌倉班別行動）の引率教員の当日連絡先です。

　役割        氏名          携帯
　----------  ------------  -------------
　総括        鬼頭 正隆     090-2231-8804
　1・2組      仁科 拓真     090-6283-1975
　3・4組      舟橋 千尋     070-2291-8840
　救護        相良 美緒     090-7784-3021

バスの到着が遅れる場合は、総括の私までご連絡ください。
""" + SIG_KITO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four chaperones' mobile numbers to the travel agency: fewer than five people, may be warned",
    },
    # ---------------------------------------------------------------- 031
    {
        "id": "kyoshokuin-031",
        "charset": "utf-8",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["岩清水 萌 <moe.iwashimizu@yahoo.co.jp>"],
        "subject": "採用内定通知書の送付について",
        "body": """岩清水 萌 様

日の出学園の今泉です。先日は面接にお越しいただき、ありがとうございました。
採用内定通知書をPDFでお送りいたします。
ファイルを開く際のパスワードは、面接時にお伝えした受験番号（半角）です。

同封の「入職承諾書」にご署名のうえ、2月13日までにご返送ください。
""" + SIG_IMAIZUMI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "採用内定通知書_岩清水.pdf",
                "password": "A25-0118",
                "lines": [
                    "採用内定通知書",
                    "岩清水 萌 様",
                    "貴殿を令和8年4月1日付で学校法人日の出学園 教諭（英語）として採用することを内定しました。",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment", "freemail_recipient"],
        "note": "password-protected PDF to an applicant's free mail: attachment cannot be inspected",
    },
    # ---------------------------------------------------------------- 032
    {
        "id": "kyoshokuin-032",
        "charset": "shift_jis",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["まなび研修センター 経理課 <keiri@manabi-kenshu.co.jp>"],
        "subject": "ご請求書（INV-2025-0412）の記載内容の確認",
        "body": """株式会社まなび研修センター 経理課 御中

いつもお世話になっております。日の出学園 事務局の帆足です。
先日お送りいただいた下記のご請求書について、1点確認させてください。

　請求書番号：INV-2025-0412
　件名　　　：新任教員研修（4/3-4）講師派遣・教材費
　登録番号　：T7602104358817
　請求金額　：418,000円（税込）

明細の「教材費 24名分」ですが、実際の参加者は22名でしたので、
2名分（8,800円）の差額を修正したご請求書を再発行いただけますでしょうか。
支払予定日（11月末）に間に合うようでしたら、そのまま処理いたします。

よろしくお願いいたします。
""" + SIG_HOASHI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice query to a vendor: invoice number and the vendor's T-number (corporate), no personal data",
    },
    # ---------------------------------------------------------------- 033
    {
        "id": "kyoshokuin-033",
        "charset": "iso-2022-jp",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": [
            "まなび研修センター 研修企画部 <kikaku@manabi-kenshu.co.jp>",
            "ネクストエデュ 研修事業部 <seminar@next-edu.jp>",
        ],
        "cc": ["教育総研フォーラム 営業部 <sales@kyoiku-forum.co.jp>"],
        "subject": "【お見積り依頼】令和8年度 教員研修プログラム",
        "body": """各社 ご担当者様

いつもお世話になっております。日の出学園の今泉です。
令和8年度の教員研修について、下記の仕様で見積りをお願いいたします。
各社のご提案を比較のうえ、3月上旬に委託先を決定する予定です。

　1. 新任教員研修（2日間・約20名・4月上旬）
　2. 中堅教員研修（1日・約25名・8月）
　3. 管理職向けハラスメント防止研修（半日・約15名・随時）

提出期限：2月6日（金）
提出先：本メール返信（PDF）

よろしくお願いいたします。
""" + SIG_IMAIZUMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three competing vendors in To/Cc see each other (request for quotation): should have been Bcc",
    },
    # ---------------------------------------------------------------- 034
    {
        "id": "kyoshokuin-034",
        "charset": "utf-8",
        "sender": "久我山 典子 <kugayama.noriko@hinode-sangyo.co.jp>",
        "to": ["私立中学高等学校協会 事務局 <jimukyoku@shigaku-kyokai.or.jp>"],
        "cc": ["miyanohara.satoshi@hinode-sangyo.co.jp"],
        "subject": "教職員の不祥事に関する第一報",
        "body": """私立中学高等学校協会 事務局 御中

学校法人日の出学園 日の出学園高等学校 校長の久我山でございます。
本学園教員の不祥事について、協会の申し合わせに基づき第一報をお知らせいたします。

1. 当該教員　保健体育科 教諭　喜屋武 亮介（34歳）
2. 概要　　　11月2日（日）午前1時頃、藤沢市内の市道で自家用車を運転中、
　　　　　　 飲酒検問にて呼気からアルコールが検出され、酒気帯び運転の疑いで
　　　　　　 藤沢北警察署に現行犯逮捕された。翌3日に釈放、現在在宅で捜査中。
3. 学校の対応　11月4日より自宅待機を命じ、担当授業は代替教員で対応。
　　　　　　　 懲戒処分については処分確定後に改めてご報告いたします。

ご心配をおかけし、誠に申し訳ございません。

日の出学園高等学校 校長　久我山 典子
TEL 0466-31-7710
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named teacher's arrest (酒気帯び運転) reported to an outside association: criminal-record data",
    },
    # ---------------------------------------------------------------- 035
    {
        "id": "kyoshokuin-035",
        "charset": "iso-2022-jp",
        "sender": "宮之原 聡 <miyanohara.satoshi@hinode-sangyo.co.jp>",
        "to": ["理事長室 <rijicho-shitsu@hinode-sangyo.co.jp>"],
        "cc": ["kugayama.noriko@gakuen.hinode-sangyo.co.jp"],
        "subject": "懲戒委員会 付議案（喜屋武教諭）",
        "body": """理事長室 御中

人事課の宮之原です。12月1日の懲戒委員会に付議する案を送ります。

■対象者：保健体育科 教諭 喜屋武 亮介（平成3年5月19日生）
■事案：11/2 酒気帯び運転で現行犯逮捕、11/3 釈放。12/20 略式起訴の見込み（罰金刑）
■過去の処分歴：なし（平成31年に生徒指導上の注意1回）
■処分案：停職3か月（就業規則第52条第4号）
■参考：県立校の処分基準では酒気帯び運転は「免職又は停職」

白川法律事務所には処分量定について確認済みです。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "disciplinary proposal with arrest and prosecution details, but sent only inside (incl. gakuen subdomain)",
    },
    # ---------------------------------------------------------------- 036
    {
        "id": "kyoshokuin-036",
        "charset": "utf-8",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["エデュキャリアリンク 法人営業 相楽様 <sagara.k@educareer-link.co.jp>"],
        "subject": "ご紹介候補者の選考結果と二次面接日程",
        "body": """株式会社エデュキャリアリンク
相楽 様

お世話になっております。日の出学園の今泉です。
ご紹介いただいた候補者の一次選考結果と、二次面接の候補日を一覧に記入しました。
添付のWordファイルをご確認のうえ、各候補者へのご連絡をお願いいたします。
""" + SIG_IMAIZUMI,
        "attachments": [
            {
                "kind": "docx",
                "name": "候補者一覧_一次選考結果.docx",
                "paragraphs": ["ご紹介候補者 一次選考結果（2026年1月）", "二次面接は2月7日（土）・2月14日（土）の2日間で実施予定"],
                "tables": [
                    [
                        ["氏名", "生年月日", "現職", "保有免許", "携帯", "メール", "結果"],
                        ["嘉数 信吾", "1993/04/08", "私立高校 常勤講師", "高一種（数学）", "090-1438-5507", "shingo.kakazu.edu@gmail.com", "二次へ"],
                        ["城間 由梨", "1990/10/27", "塾講師", "中一種・高一種（数学）", "080-2276-8813", "yuri.shiroma@yahoo.co.jp", "二次へ"],
                        ["保坂 恭平", "1987/02/14", "公立中学 教諭", "中専修（数学）", "070-6612-3390", "hosaka.kyohei@gmail.com", "二次へ"],
                        ["真栄城 航", "1998/07/01", "大学院生", "高専修（数学）見込", "090-8034-1126", "w.maeshiro@icloud.com", "見送り"],
                        ["戸叶 詩織", "1995/12/05", "SE（教職未経験）", "高一種（情報）", "080-5571-2049", "shiori.tokano@outlook.jp", "二次へ"],
                        ["安居院 潤", "1984/09/19", "私立中高 教諭", "中高一種（数学）", "070-3389-6650", "agui.jun@gmail.com", "保留"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX table of 6 candidates with DOB, mobile and e-mail sent to a recruitment agency: list of people",
    },
    # ---------------------------------------------------------------- 037
    {
        "id": "kyoshokuin-037",
        "charset": "shift_jis",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["あさひ保険サービス 鶴田様 <tsuruta@asahi-hoken-sv.co.jp>"],
        "subject": "マイカー通勤許可に伴う任意保険の確認依頼",
        "body": """あさひ保険サービス株式会社
鶴田 様

いつもお世話になっております。日の出学園 事務局の帆足です。
マイカー通勤を申請した教員1名について、学園規定の補償額を満たしているか
ご確認をお願いできますでしょうか。申請書の記載内容を転記します。

　氏名　　　　　：漆原 隆之
　住所　　　　　：神奈川県藤沢市善行団地3-4-310
　運転免許証番号：第 452107836910 号（ゴールド、令和10年8月まで有効）
　車両　　　　　：トヨタ アクア（湘南 500 さ 41-07）
　保険会社　　　：東和損保　証券番号 TW-88214036

よろしくお願いいたします。
""" + SIG_HOASHI,
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a teacher's driving-licence number with name and address sent to an insurance agent",
    },
    # ---------------------------------------------------------------- 038
    {
        "id": "kyoshokuin-038",
        "charset": "utf-8",
        "sender": "東海林 慶子 <shoji.keiko@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitford <d.whitford@globalbridge-edu.com>"],
        "subject": "Re: New ALT placement from April",
        "body": """Dear Daniel,

Thank you for the details. We are happy to confirm the orientation on
Thursday 2 April, 9:30 at our main building (Reception, 1F).
Our vice-principal Mr Kito and I will meet her there; please ask her to bring
her indoor shoes.

Best regards,
""" + SIG_SHOJI + """
On Mon, 16 Mar 2026 at 10:12, Daniel Whitford <d.whitford@globalbridge-edu.com> wrote:
> Dear Ms Shoji,
>
> We are pleased to introduce the ALT who will join Hinode Gakuen from April:
>
>   Name:           Olivia Brannigan
>   Date of birth:  11 February 1998
>   Mobile:         080-7731-2054
>   E-mail:         olivia.brannigan@gmail.com
>
> Could you let us know the date and time of her orientation?
>
> Kind regards,
> Daniel Whitford
> Global Bridge Education
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply: the ALT's DOB and contacts are only in the quoted 'On … wrote:' text",
    },
    # ---------------------------------------------------------------- 039
    {
        "id": "kyoshokuin-039",
        "charset": "iso-2022-jp",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["鬼頭 正隆 <kito.masataka@hinode-sangyo.jp>"],
        "subject": "初任者研修の校内日程（案）",
        "body": """鬼頭教頭先生

お疲れさまです。人事課の今泉です。
初任者の校内研修の日程案を作りました。授業の空きコマとの調整をお願いできますか。

　4/8（水）6限　服務・個人情報の取扱い（人事課）
　4/15（水）6限　学級経営の基本（学年主任）
　4/22（水）6限　授業観察と振り返り（教頭先生）
　5/13（水）6限　保護者対応（校長先生）

修正があれば赤字で返信いただければ反映します。

今泉
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "colleague addressed at hinode-sangyo.jp: look-alike of the own domain (co. dropped)",
    },
    # ---------------------------------------------------------------- 040
    {
        "id": "kyoshokuin-040",
        "charset": "utf-8",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["sagara.k@educareer-link.co.jp"],
        "subject": "求人票の勤務地欄について",
        "body": """相楽様

お世話になっております。今泉です。
求人票の「勤務地」欄に記載する学園の校舎一覧をお送りします。
中学校と高等学校は同一敷地ですが、通信制サポート校と研修センターは別住所です。

校舎                          住所                                      代表電話
----------------------------  ----------------------------------------  -------------
日の出学園中学校              神奈川県藤沢市辻堂元町6-2-18              0466-31-7700
日の出学園高等学校            神奈川県藤沢市辻堂元町6-2-18              0466-31-7710
日の出学園 湘南サポート校     神奈川県茅ヶ崎市新栄町3-9 湘南ビル4F      0467-58-2201
日の出学園 研修センター       神奈川県藤沢市遠藤2010-6                  0466-87-3350
日の出学園 国際交流オフィス   東京都港区芝浦3-4-1 芝浦スクエア9F        03-5444-8120

よろしくお願いいたします。
""" + SIG_IMAIZUMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of the school's own campuses with switchboards: businesses, not people",
    },
    # ---------------------------------------------------------------- 041
    {
        "id": "kyoshokuin-041",
        "charset": "iso-2022-jp",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 藤沢支店 法人営業課 <fujisawa-hojin@midori-ginko.co.jp>"],
        "subject": "振込先口座 新規登録分の一覧（4月入職者）",
        "body": """みどり銀行 藤沢支店 法人営業課
ご担当者様

いつもお世話になっております。学校法人日の出学園の帆足です。
給与振込の新規登録分（4月入職の教職員・非常勤講師）の一覧をPDFでお送りします。
口座振替依頼書の原本は、明日のご集金の際にお渡しいたします。

よろしくお願いいたします。
""" + SIG_HOASHI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "給与振込口座_新規登録_202604.pdf",
                "title": "給与振込口座 新規登録一覧",
                "lines": ["給与振込口座 新規登録一覧（2026年4月支給分から）", "学校法人日の出学園 事務局", ""],
                "table": [
                    ["職員番号", "氏名（カナ）", "金融機関", "支店", "種別", "口座番号"],
                    ["G26001", "イワシミズ モエ", "みどり銀行", "辻堂支店", "普通", "3082716"],
                    ["G26002", "カカズ シンゴ", "みどり銀行", "藤沢支店", "普通", "1147702"],
                    ["G26003", "シロマ ユリ", "湘南信用金庫", "本店営業部", "普通", "0520384"],
                    ["G26004", "ホサカ キョウヘイ", "ゆうちょ銀行", "〇一八店", "普通", "2289154"],
                    ["G26005", "トカノ シオリ", "みどり銀行", "茅ヶ崎支店", "普通", "4410659"],
                    ["P26011", "ウカイ サキ", "関東中央銀行", "町田支店", "普通", "7731028"],
                    ["P26012", "ブラニガン オリビア", "みどり銀行", "辻堂支店", "普通", "3095541"],
                    ["P26013", "ソゴウ ハヤト", "湘南信用金庫", "鵠沼支店", "普通", "0611873"],
                    ["P26014", "キラ ラ アオ", "みどり銀行", "大船支店", "普通", "2203467"],
                    ["P26015", "ワニブチ アオイ", "横浜みなと銀行", "戸塚支店", "普通", "5562019"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "PDF of 10 staff bank accounts with kana names sent to the (partner) bank: list of people",
    },
    # ---------------------------------------------------------------- 042
    {
        "id": "kyoshokuin-042",
        "charset": "utf-8",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["城間 由梨 <yuri.shiroma@icloud.com>"],
        "subject": "入職書類のご提出について（教員免許状の写しほか）",
        "body": """城間 由梨 様

この度は日の出学園へのご入職を承諾いただき、ありがとうございます。
事務局の帆足です。入職にあたり、以下の書類を3月13日（金）までにご郵送ください。

　□ 教員免許状（中学校・高等学校 一種 数学）の写し
　□ 卒業証明書
　□ 給与振込口座の届出書（同封の様式）
　□ 扶養控除等申告書・個人番号の届出（同封の封筒で、簡易書留にて）

※個人番号はメールではお送りいただかないよう、お願いいたします。
※教員免許状が旧姓のままの場合は、書換えの手続きについてご案内いたします。

ご不明な点はお気軽にお問い合わせください。
""" + SIG_HOASHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "document request to a new hire on free mail; asks NOT to send My Number by mail, no data sent",
    },
    # ---------------------------------------------------------------- 043
    {
        "id": "kyoshokuin-043",
        "charset": "utf-8",
        "sender": "宮之原 聡 <miyanohara.satoshi@hinode-sangyo.co.jp>",
        "to": ["sagara.k@educareer-link.co.jp"],
        "subject": "来年度の採用計画（共有）",
        "body": """相楽様

いつもお世話になっております。宮之原です。
来年度の採用計画をお送りします。ご紹介の際の参考にしてください。
物理と情報は特に急いでおります。

宮之原
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "R8教員採用計画.xlsx",
                "page_header": "Confidential",
                "sheets": {
                    "計画": [
                        ["【Confidential】令和8年度 教員採用計画（学校法人日の出学園）", "", "", ""],
                        [],
                        ["教科", "採用予定数", "雇用形態", "想定年収（万円）"],
                        ["国語", 1, "専任教諭", "420〜560"],
                        ["数学", 2, "専任教諭", "420〜560"],
                        ["理科（物理）", 1, "専任教諭", "450〜600"],
                        ["情報", 1, "専任教諭", "450〜600"],
                        ["英語", 1, "常勤講師", "380〜450"],
                    ],
                    "予算": [
                        ["項目", "金額（千円）"],
                        ["人材紹介手数料", 6800],
                        ["説明会・広告", 1200],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX stamped Confidential (page header and title row) sent to a recruitment agency",
    },
    # ---------------------------------------------------------------- 044
    {
        "id": "kyoshokuin-044",
        "charset": "iso-2022-jp",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["聖アグネス女学院 事務長 <jimucho@st-agnes-jogakuin.ac.jp>"],
        "subject": "宗教科 講師のご推薦について",
        "body": """聖アグネス女学院
事務長 様

お世話になっております。日の出学園の今泉でございます。
先日ご相談いただいた宗教科の非常勤講師の件で、本学園で以前
国語を担当していた方をご紹介いたします。

　氏名：安居院 真琴（あぐい まこと）さん
　経歴：日の出学園 国語科 常勤講師（2019〜2024年）
　信仰：カトリック信徒（2008年受洗、洗礼名マリア）。現在もカトリック雪ノ下教会に所属し、
　　　　教会学校の奉仕をされています
　免許：中学・高校 一種（国語）、宗教科の免許は未取得

ご本人には貴学院からご連絡があることをお伝えしております。
""" + SIG_IMAIZUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named former teacher's religion (カトリック, 受洗, 所属教会) sent to another school: creed is sensitive",
    },
    # ---------------------------------------------------------------- 045
    {
        "id": "kyoshokuin-045",
        "charset": "utf-8",
        "sender": "宮之原 聡 <miyanohara.satoshi@hinode-sangyo.co.jp>",
        "to": ["kugayama.noriko@gakuen.hinode-sangyo.co.jp", "kito.masataka@hinode-sangyo.co.jp"],
        "subject": "【社外秘】令和8年度 人事異動 内示案",
        "html": """<html><body>
<p style="color:#c00;font-weight:bold">社外秘</p>
<p>校長先生、教頭先生<br>お疲れさまです。宮之原です。来年度の異動内示案です。2/20の内示までに最終確認をお願いします。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>氏名</th><th>現所属</th><th>新所属</th><th>備考</th></tr>
<tr><td>鳥羽 和樹</td><td>高校 数学</td><td>清風学院（交流派遣）</td><td>2年間</td></tr>
<tr><td>鹿野 瑠美</td><td>中学 英語</td><td>高校 英語</td><td>3学年担任予定</td></tr>
<tr><td>西表 さくら</td><td>高校 国語</td><td>中学 国語</td><td></td></tr>
<tr><td>石動 晃</td><td>高校 社会</td><td>教務部長</td><td>昇任</td></tr>
<tr><td>栗花落 真司</td><td>中学 社会</td><td>湘南サポート校</td><td>復職後</td></tr>
</table>
<p>宮之原</p>
</body></html>""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "社外秘 HTML table of transfers, but sent only to internal addresses",
    },
    # ---------------------------------------------------------------- 046
    {
        "id": "kyoshokuin-046",
        "charset": "shift_jis",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["栗原税理士法人 年末調整チーム <nencho@kurihara-tax.jp>"],
        "subject": "年末調整資料（扶養親族・保険料控除）一式",
        "body": """栗原税理士法人 年末調整チーム 御中

お世話になっております。日の出学園の帆足です。
今年度の年末調整資料をZIPにまとめてお送りします。

　・扶養親族一覧.csv（扶養に異動があった教職員分）
　・保険料控除集計.xlsx

各自の申告書原本は、12月5日のご来校時にお渡しします。
""" + SIG_HOASHI,
        "attachments": [
            {
                "kind": "zip",
                "name": "年末調整資料_2025.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "扶養親族一覧.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["職員番号", "教職員氏名", "扶養親族氏名", "続柄", "生年月日", "同居", "年間所得見込"],
                            ["G09014", "鳥羽 和樹", "鳥羽 奈央", "妻", "1986/02/17", "同居", "0"],
                            ["G09014", "鳥羽 和樹", "鳥羽 陸", "長男", "2012/08/05", "同居", "0"],
                            ["G12007", "鹿野 瑠美", "鹿野 敏夫", "父", "1951/11/30", "別居", "780000"],
                            ["G15021", "漆原 隆之", "漆原 千夏", "妻", "1990/06/09", "同居", "1020000"],
                            ["G17003", "石動 晃", "石動 悠真", "長男", "2008/03/22", "同居", "0"],
                            ["G17003", "石動 晃", "石動 柚", "長女", "2010/12/01", "同居", "0"],
                            ["G20011", "道祖土 恵", "道祖土 公子", "母", "1948/05/14", "同居", "640000"],
                            ["G25006", "秦 慎之介", "秦 瑞穂", "妻", "1990/04/03", "同居", "480000"],
                        ],
                    },
                    {
                        "kind": "xlsx",
                        "name": "保険料控除集計.xlsx",
                        "sheets": {
                            "集計": [
                                ["職員番号", "氏名", "生命保険料", "地震保険料", "社会保険料（国年等）"],
                                ["G09014", "鳥羽 和樹", 120000, 18000, 0],
                                ["G12007", "鹿野 瑠美", 84000, 0, 0],
                                ["G15021", "漆原 隆之", 96000, 12000, 198000],
                                ["G17003", "石動 晃", 150000, 25000, 0],
                                ["G20011", "道祖土 恵", 40000, 0, 0],
                            ]
                        },
                    },
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "plain ZIP with a UTF-8 CSV of 8 dependants (names, DOB, income) and an XLSX of 5 staff: list of people",
    },
    # ---------------------------------------------------------------- 047
    {
        "id": "kyoshokuin-047",
        "charset": "iso-2022-jp",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["人事課 <jinji@mail.hinode-sangyo.co.jp>"],
        "subject": "ストレスチェック 高ストレス者リスト（パスワード別送）",
        "body": """人事課 各位

ストレスチェック実施機関から届いた高ストレス者リストを転送用にZIPにしました。
パスワードは電話でお伝えします。取扱いには十分ご注意ください。

帆足
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "高ストレス者リスト_2025.zip",
                "password": "kokoro-2025",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "高ストレス者.xlsx",
                        "sheets": {"Sheet1": [["職員番号", "氏名", "判定"], ["G15021", "漆原 隆之", "高ストレス"]]},
                    }
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "encrypted ZIP, but to an internal subdomain (mail.hinode-sangyo.co.jp) only",
    },
    # ---------------------------------------------------------------- 048
    {
        "id": "kyoshokuin-048",
        "charset": "utf-8",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["kanyu@tokai-shikyo.or.jp"],
        "subject": "Re: 資格取得届の記載漏れについて（戸叶）",
        "body": """東海私学共済会 加入課
ご担当者様

ご指摘ありがとうございます。帆足です。
資格取得届で空欄になっておりました基礎年金番号について、ご本人の年金手帳で確認しました。

　加入者氏名：戸叶 詩織（トカノ シオリ）
　生年月日　：1995年12月5日
　基礎年金番号：4512-038871

届出書の訂正印が必要でしたら、原本を返送いただけますでしょうか。
よろしくお願いいたします。

> 4月1日付資格取得の戸叶様について、基礎年金番号の記載がございません。
> ご確認のうえ、ご連絡くださいますようお願いいたします。
""" + SIG_HOASHI,
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a new hire's basic pension number with name and DOB in new text to the mutual-aid association",
    },
    # ---------------------------------------------------------------- 049
    {
        "id": "kyoshokuin-049",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 正隆 <kito.masataka@hinode-sangyo.co.jp>",
        "to": ["tamura-family.0412@docomo.ne.jp", "h.ogasawara.mama@gmail.com"],
        "cc": ["kenta-ishiguro@ezweb.ne.jp"],
        "subject": "学年保護者代表の皆さまへ：担任変更に関する説明の場について",
        "body": """2学年 保護者代表の皆さま

いつも本校の教育活動にご協力いただき、ありがとうございます。
日の出学園高等学校 教頭の鬼頭です。

先日お知らせした2年3組の担任変更について、学年保護者会に先立ち、
保護者代表の皆さまに経緯をご説明する場を設けたいと考えております。

　日時：11月5日（水）18:30〜19:30
　場所：本館2階 会議室B（オンライン参加可）

ご出席の可否を11月3日までにお知らせください。
""" + SIG_KITO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "three parents' private addresses visible to each other in To/Cc: should have been Bcc",
    },
    # ---------------------------------------------------------------- 050
    {
        "id": "kyoshokuin-050",
        "charset": "utf-8",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["湘洋大学 キャリア支援課 <career@shoyo-u.ac.jp>"],
        "subject": "教育実習 指導教員の連絡窓口について",
        "body": """湘洋大学 キャリア支援課 御中

お世話になっております。日の出学園の今泉です。
来年度の教育実習で貴学の学生を担当する指導教員は以下のとおりです。
大学の訪問指導のご連絡は、各教員の学校アドレスへ直接お願いいたします。

・十河 隼人さん（保健体育）… 指導：秦 慎之介　shin.hata@gakuen.hinode-sangyo.co.jp　内線 331
・鰐淵 葵さん（音楽）……… 指導：松永 なつみ　n.matsunaga@gakuen.hinode-sangyo.co.jp　内線 352
・谷 美空さん（数学）……… 指導：仁科 拓真　takuma.nishina@gakuen.hinode-sangyo.co.jp　内線 318
・渡嘉敷 遼さん（国語）…… 指導：鵜殿 遥香　haruka.udono@gakuen.hinode-sangyo.co.jp　内線 305
・比嘉 悠真さん（英語）…… 指導：鹿野 瑠美　rumi.kano@gakuen.hinode-sangyo.co.jp　内線 322

学校代表：0466-31-7710
""" + SIG_IMAIZUMI,
        "expect": "either",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five named teachers with their school (business) addresses and extensions: business contacts or a list — borderline",
    },
    # ---------------------------------------------------------------- 051
    {
        "id": "kyoshokuin-051",
        "charset": "shift_jis",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["健康プラザ湘南 健診予約センター <yoyaku@kenko-plaza.or.jp>"],
        "subject": "二次検査の予約について（日の出学園 教職員1名）",
        "body": """健康プラザ湘南 健診予約センター
ご担当者様

お世話になっております。日の出学園 事務局の帆足です。
先日の定期健康診断で要精密検査となった教職員1名の二次検査を予約したく、ご連絡しました。

　氏名　　：石動 晃（いするぎ あきら）
　生年月日：昭和56年2月8日
　受診者番号：HP-2025-08814
　所見　　：血圧 172/104（要精密）、心電図 ST低下の疑い（要精密）、LDL 198

循環器の二次検査で、12月の平日午後を希望しております。
空き状況をお知らせいただけますでしょうか。
""" + SIG_HOASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named teacher's health-check results (血圧・心電図 要精密) sent to an outside clinic",
    },
    # ---------------------------------------------------------------- 052
    {
        "id": "kyoshokuin-052",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 正隆 <kito.masataka@hinode-sangyo.co.jp>",
        "to": ["h.ogasawara.mama@gmail.com"],
        "subject": "Re: 退職された先生へのお礼の手紙について",
        "body": """小笠原 様

ご連絡ありがとうございます。教頭の鬼頭です。
生徒さんたちのお気持ち、大変ありがたく拝見しました。

ただ、退職した教職員のご自宅住所や連絡先は、機密保持と個人情報保護の観点から
学校からお伝えすることができません。大変恐縮ですが、お手紙は学校宛てに
お送りいただければ、学校から責任をもってご本人にお届けいたします。

　送付先：〒251-0047 藤沢市辻堂元町6-2-18 日の出学園高等学校 教頭 鬼頭 宛

何卒ご理解のほどお願い申し上げます。
""" + SIG_KITO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "mentions 機密保持 in prose (no marking) and gives only the school's address; one free-mail parent",
    },
    # ---------------------------------------------------------------- 053
    {
        "id": "kyoshokuin-053",
        "charset": "utf-8",
        "sender": "鬼頭 正隆 <kito.masataka@hinode-sangyo.co.jp>",
        "to": ["東西ツーリスト 教育旅行センター 村越様 <murakoshi@tozai-tourist.co.jp>"],
        "subject": "修学旅行（沖縄）引率教員の緊急連絡先",
        "body": """東西ツーリスト 村越様

お世話になっております。鬼頭です。
2月の修学旅行（沖縄 3泊4日）の引率教員について、航空会社・宿泊先への届出に必要な
情報と緊急連絡先を以下にまとめました。

【1】鬼頭 正隆（団長）
　生年月日：1972年10月3日
　携帯：090-2231-8804
　緊急連絡先：鬼頭 由香（妻）090-6618-2290

【2】鹿野 瑠美（2年1組担任）
　生年月日：1989年4月22日
　携帯：080-6624-0197
　緊急連絡先：鹿野 敏夫（父）0467-33-1058

【3】石動 晃（2年2組担任）
　生年月日：1981年2月8日
　携帯：080-4410-8826
　緊急連絡先：石動 律子（妻）080-2207-4413

【4】鳥羽 和樹（2年3組担任）
　生年月日：1985年9月14日
　携帯：090-1182-7734
　緊急連絡先：鳥羽 奈央（妻）090-3305-8816

【5】相良 美緒（養護教諭）
　生年月日：2003年1月30日
　携帯：090-7784-3021
　緊急連絡先：相良 清美（母）0463-22-6074

【6】喜屋武 亮介（2年4組担任）→ 都合により 漆原 隆之 に変更
　生年月日：1990年6月30日
　携帯：070-2803-4451
　緊急連絡先：漆原 千夏（妻）070-8814-2267

以上です。
""" + SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six chaperones as one-record-per-block with DOB, mobile and family emergency contacts to a travel agency",
    },
    # ---------------------------------------------------------------- 054
    {
        "id": "kyoshokuin-054",
        "charset": "iso-2022-jp",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>"],
        "bcc": [
            "m.kaneshiro.1979@gmail.com",
            "ryu-takasugi@yahoo.co.jp",
            "kurobe.akane@icloud.com",
            "sensei.haga@gmail.com",
            "n-matsunaga@outlook.jp",
            "tomoe.kiriya@gmail.com",
            "kyan.ryosuke@softbank.ne.jp",
            "saki.ukai.home@gmail.com",
        ],
        "subject": "【非常勤講師の先生方へ】3学期 時間割の確定について",
        "body": """非常勤講師の先生方（Bccにて一斉送信しております）

いつもありがとうございます。日の出学園 事務局の帆足です。
3学期の時間割が確定しましたので、学内ポータルに掲載いたしました。
ご自身の担当コマをご確認いただき、相違があれば12月19日までにお知らせください。

また、1月の出勤簿の提出方法が変わります（紙→ポータル入力）。
操作説明会を1月8日（木）16時から職員室で行いますので、ご都合のつく方はご参加ください。
""" + SIG_HOASHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "lecturers correctly in Bcc (To is the sender); no personal data",
    },
    # ---------------------------------------------------------------- 055
    {
        "id": "kyoshokuin-055",
        "charset": "utf-8",
        "sender": "鬼頭 正隆 <kito.masataka@hinode-sangyo.co.jp>",
        "to": ["haken@teaching-staff.co.jp"],
        "subject": "3学期 派遣講師の担当コマ表",
        "body": """ティーチングスタッフ 派遣事業部 御中

お世話になっております。鬼頭です。
3学期の派遣講師の先生方の担当コマ表をお送りします。
請求書の作成にお使いください。
""" + SIG_KITO,
        "attachments": [{"kind": "corrupt", "name": "派遣講師_担当コマ表_3学期.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be inspected",
    },
    # ---------------------------------------------------------------- 056
    {
        "id": "kyoshokuin-056",
        "charset": "utf-8",
        "sender": "東海林 慶子 <shoji.keiko@hinode-sangyo.co.jp>",
        "to": ["Margaret Olsen <m.olsen@maplewood-academy.ca>"],
        "subject": "Teacher exchange visit in June - arrival details",
        "body": """Dear Ms Olsen,

I hope this finds you well. Thank you again for hosting our teacher in June.

Ms Sakura Iriomote (Japanese language and literature) will arrive at Vancouver
International Airport on Monday 8 June on flight NH116, landing at 09:45.
She will take the SkyTrain to the school herself, so there is no need for a pick-up.
During the two weeks she would love to observe your Grade 10 English classes and
give two demonstration lessons on haiku.

We will send the lesson plans by the end of May.

With best wishes,
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail to an overseas partner school: a teacher's name and flight, no personal record",
    },
    # ---------------------------------------------------------------- 057
    {
        "id": "kyoshokuin-057",
        "charset": "utf-8",
        "sender": "樋渡 一輝 <hiwatashi.kazuki@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポートデスク <support@tsubasa-sytem.jp>"],
        "subject": "年度替わりのアカウント棚卸し作業日程について",
        "body": """ツバサシステム サポートデスク 御中

いつもお世話になっております。日の出産業 教育事業部の樋渡です。
年度替わりの校務支援システムのアカウント棚卸しについて、作業日程のご相談です。

　・3月30日（月）退職者アカウントの無効化
　・4月1日（水）新任者アカウントの発行（約15件）
　・4月2日（木）権限設定の一括変更（異動者）

リモート作業の接続許可は前日までに申請いたします。
ご都合をお知らせください。

--
日の出産業株式会社 教育事業部 情報システム担当
樋渡 一輝　TEL 0466-31-7730
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp drops a letter of the partner tsubasa-system.jp: look-alike domain",
    },
    # ---------------------------------------------------------------- 058
    {
        "id": "kyoshokuin-058",
        "charset": "utf-8",
        "sender": "東海林 慶子 <shoji.keiko@hinode-sangyo.co.jp>",
        "to": ["森下行政書士事務所 <info@morishita-gyosei.jp>"],
        "subject": "在留期間更新申請のご依頼（英語科 講師）/ Visa renewal for our ALT",
        "body": """森下行政書士事務所
森下 先生

お世話になっております。日の出学園 国際交流室の東海林です。
本学園の英語講師の在留期間更新申請について、今年もお願いしたくご連絡いたしました。
ご本人の在留カードの記載事項は以下のとおりです（英文はご本人確認用に併記しています）。

　氏名 / Name　　　　　　　：BRANNIGAN OLIVIA GRACE
　生年月日 / Date of birth ：1998年2月11日 (11 Feb 1998)
　在留カード番号 / Card No.：RK48271936EA
　在留資格 / Status　　　　：教育 (Instructor)
　在留期間満了日 / Expiry　：2026年5月31日

雇用契約書と給与証明書は郵送いたします。
必要書類に不足がありましたらお知らせください。

Best regards,
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a foreign teacher's residence card number with name and DOB sent to an outside scrivener",
    },
    # ---------------------------------------------------------------- 059
    {
        "id": "kyoshokuin-059",
        "charset": "shift_jis",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["gakko-kyoiku@kyoiku.city.asahigaoka.lg.jp"],
        "subject": "市主催「いじめ防止研修会」参加報告",
        "body": """朝日ヶ丘市教育委員会 学校教育課 御中

お世話になっております。日の出学園の今泉でございます。
10月17日に開催されました「いじめ防止研修会」に、本学園から下記2名が参加いたしました。
私立学校にも門戸を開いていただき、ありがとうございました。

　参加者：中学校 生徒指導主事 道祖土 恵、高等学校 教育相談係 鹿野 瑠美

研修で紹介された「学校いじめ防止基本方針」の改訂例は、
本学園の方針見直しに活用させていただきます。
報告書の様式がございましたらお送りください。
""" + SIG_IMAIZUMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "participation report to a board of education: two names with their school roles only",
    },
    # ---------------------------------------------------------------- 060
    {
        "id": "kyoshokuin-060",
        "charset": "iso-2022-jp",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["私立中学高等学校協会 教員人材バンク <jinzai-bank@shigaku-kyokai.or.jp>"],
        "subject": "人材バンク登録のお願い（本学園で選考に漏れた方のご紹介）",
        "body": """私立中学高等学校協会 教員人材バンク ご担当者様

お世話になっております。日の出学園の今泉です。
今年度の本学園の選考では採用に至らなかったものの、他校へのご紹介を希望された方を
ご本人の了承のうえでお知らせいたします。人材バンクへのご登録をお願いいたします。

・城間 由梨（数学）　携帯 ０８０－２２７６－８８１３　yuri.shiroma@yahoo.co.jp
・真栄城 航（数学）　携帯 ０９０－８０３４－１１２６　w.maeshiro@icloud.com
・安居院 潤（数学）　携帯 ０７０－３３８９－６６５０　agui.jun@gmail.com
・鰐淵 千晶（音楽）　携帯 ０８０－９９１４－２７０３　chiaki.wanibuchi@gmail.com
・宇良 さやか（家庭）携帯 ０８０－３９５２－６６１８　sayaka-ura@outlook.jp
・嘉手納 翼（理科）　携帯 ０９０－４４０７－３１８２　tsubasa.kadena@yahoo.co.jp

何卒よろしくお願いいたします。
""" + SIG_IMAIZUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "「・」 bullet list of 6 applicants with full-width mobile numbers and e-mail to an outside association",
    },
    # ---------------------------------------------------------------- 061
    {
        "id": "kyoshokuin-061",
        "charset": "shift_jis",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["sagara.k@educareer-link.co.jp"],
        "subject": "RE: 【ご紹介】英語科 候補者5名のご案内",
        "body": """相楽様

ご紹介ありがとうございます。今泉です。
書類を拝見し、まずは以下の3名の方と面接させていただきたいと思います。

　・比嘉 様
　・渡嘉敷 様
　・Brannigan 様

日程は2月の土曜午前で調整をお願いいたします。
残りのお2人は、今回は見送らせてください。

今泉

-----Original Message-----
From: 相楽 健司 <sagara.k@educareer-link.co.jp>
Sent: Tuesday, January 13, 2026 5:42 PM
To: 今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>
Subject: 【ご紹介】英語科 候補者5名のご案内

日の出学園 今泉様

英語科の候補者5名をご紹介いたします。

氏名              年齢  現住所            携帯
比嘉 悠真         29    神奈川県藤沢市    090-6641-2038
渡嘉敷 遼         33    東京都世田谷区    080-1175-9942
Olivia Brannigan  28    神奈川県藤沢市    080-7731-2054
仲宗根 里奈       41    神奈川県横浜市    070-8823-1569
具志堅 透         36    東京都町田市      090-2208-7714

ご検討のほど、よろしくお願いいたします。
株式会社エデュキャリアリンク 相楽
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the candidate list is only in the quoted Original Message; new text has surnames only",
    },
    # ---------------------------------------------------------------- 062
    {
        "id": "kyoshokuin-062",
        "charset": "utf-8",
        "sender": "宮之原 聡 <miyanohara.satoshi@hinode-sangyo.co.jp>",
        "to": ["桐生総合法律事務所 桐生先生 <kiryu@kiryu-law.jp>"],
        "subject": "教員の安全確保に関するご相談（初回）",
        "body": """桐生総合法律事務所
桐生 先生

初めてご連絡いたします。白川法律事務所の白川先生からご紹介いただきました、
日の出産業 教育事業部 人事課の宮之原と申します。

本学園の中学校 理科教諭 四十物（あいもの）由紀 が、元交際相手から
つきまといの被害を受けております。10月に藤沢北警察署に被害届を提出し、
ストーカー規制法に基づく警告が出されておりますが、先週も校門付近で
相手方の姿が目撃されました。

学校として、本人の勤務場所の変更や通勤経路の配慮、相手方への接近禁止の
申入れなど、どのような対応が可能かご相談させていただけないでしょうか。
本人の現住所（神奈川県藤沢市石川4-12-8-205）は相手方に知られている可能性があります。

ご多忙のところ恐縮ですが、ご都合のよい日時をお知らせください。
""" + SIG_MIYANOHARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "named teacher as a crime victim (stalking, 被害届) with her home address, to a non-partner law firm",
    },
    # ---------------------------------------------------------------- 063
    {
        "id": "kyoshokuin-063",
        "charset": "utf-8",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["office@hoshino-sr.jp"],
        "subject": "給料表（令和8年度案）",
        "body": """星野先生

お世話になっております。帆足です。
令和8年度の教育職給料表の案をお送りします。
人事院勧告の反映分と、若年層の引上げ幅についてご意見をいただけますと助かります。

帆足
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "教育職給料表_R8案.pdf",
                "title": "教育職給料表（令和8年度案）",
                "page_footer": "部外秘　学校法人日の出学園 事務局",
                "lines": ["教育職給料表（令和8年度案）　単位：円", ""],
                "table": [
                    ["級/号俸", "1号", "5号", "9号", "13号", "17号", "21号"],
                    ["1級（講師）", "205,600", "213,900", "222,000", "229,800", "237,100", "244,000"],
                    ["2級（教諭）", "231,300", "241,700", "252,400", "263,100", "273,500", "283,200"],
                    ["3級（主任）", "318,400", "326,900", "335,100", "343,000", "350,600", "357,800"],
                    ["4級（教頭）", "385,200", "391,800", "398,100", "404,000", "409,600", "414,900"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF pay scale whose footer on every page is stamped 部外秘, sent to an outside consultant",
    },
    # ---------------------------------------------------------------- 064
    {
        "id": "kyoshokuin-064",
        "charset": "iso-2022-jp",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["まなび研修センター 研修企画部 <kikaku@manabi-kenshu.co.jp>"],
        "subject": "新任教員研修 受講後アンケートの集計結果",
        "body": """まなび研修センター 研修企画部 御中

お世話になっております。日の出学園の今泉です。
4月の新任教員研修のアンケート（無記名・回答22名）の集計をお送りします。
来年度のプログラム改善にお役立てください。
""" + SIG_IMAIZUMI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "新任研修アンケート集計.pdf",
                "lines": [
                    "新任教員研修（2025年4月3日・4日）受講後アンケート集計　回答数22（無記名）",
                    "Q1 研修全体の満足度：大変満足 9 / 満足 11 / やや不満 2 / 不満 0",
                    "Q2 最も役立った講座：学級開きの実践（12）、保護者対応ロールプレイ（6）、ICT活用（4）",
                    "Q3 改善してほしい点（自由記述より抜粋）",
                    "・2日目午後の講義が長く、演習の時間を増やしてほしい",
                    "・若手の先輩教員との座談会があるとよい",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "anonymous aggregate survey results to a training vendor",
    },
    # ---------------------------------------------------------------- 065
    {
        "id": "kyoshokuin-065",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 正隆 <kito.masataka@hinode-sangyo.co.jp>",
        "to": ["小笠原 博美 <h.ogasawara.mama@gmail.com>"],
        "subject": "FW: PTA役員 連絡先一覧（令和7年度）",
        "body": """小笠原様

来年度PTA会長をお引き受けいただき、ありがとうございます。教頭の鬼頭です。
引継ぎのため、前任の会長から学校に届いていた役員の連絡先一覧を転送いたします。

鬼頭

---------- Forwarded message ---------
From: 石黒 健太 <kenta-ishiguro@ezweb.ne.jp>
Date: 2025年10月2日(木) 21:15
Subject: PTA役員 連絡先一覧（令和7年度）
To: <kito.masataka@hinode-sangyo.co.jp>

教頭先生
今年度の役員の連絡先です。学校でも控えておいてください。

役職        氏名            お子さん    携帯            メール
会長        石黒 健太       2年1組      090-3521-8874   kenta-ishiguro@ezweb.ne.jp
副会長      小笠原 博美     1年4組      080-4462-1190   h.ogasawara.mama@gmail.com
副会長      田村 由美子     2年3組      090-2716-4483   tamura-family.0412@docomo.ne.jp
会計        比嘉 ちえみ     3年2組      070-1559-3026   chiemi.higa@yahoo.co.jp
書記        砂川 恭子       1年1組      080-6637-2481   sunagawa.k@icloud.com
会計監査    宮城 隆         中3年B組    090-8820-1375   t.miyagi.1976@gmail.com

石黒
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "forward (new text to the recipient) of six PTA officers' mobiles and e-mails to a parent's free mail",
    },
    # ---------------------------------------------------------------- 066
    {
        "id": "kyoshokuin-066",
        "charset": "utf-8",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 藤沢支店 法人営業課 <fujisawa-hojin@midori-ginko.co.jp>"],
        "subject": "12月賞与 総合振込の予定について",
        "body": """みどり銀行 藤沢支店 法人営業課
ご担当者様

いつもお世話になっております。学校法人日の出学園の帆足でございます。
12月の賞与の総合振込について、下記のとおり予定しております。

　支給日　　：2025年12月10日（水）
　データ送信：12月4日（木）午前中
　件数・総額：138件・約8,700万円（確定後にご連絡します）
　引落口座　：みどり銀行 藤沢支店 当座 0071245　学校法人日の出学園

資金は12月8日までに上記口座へ移しておきます。
よろしくお願いいたします。
""" + SIG_HOASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "payroll schedule to the partner bank (correct domain); only the school corporation's own account",
    },
    # ---------------------------------------------------------------- 067
    {
        "id": "kyoshokuin-067",
        "charset": "shift_jis",
        "sender": "東海林 慶子 <shoji.keiko@hinode-sangyo.co.jp>",
        "to": ["東西ツーリスト 海外教育旅行課 <kaigai-kyoiku@tozai-tourist.co.jp>"],
        "subject": "カナダ語学研修 引率教員の旅券情報",
        "body": """東西ツーリスト 海外教育旅行課
ご担当者様

お世話になっております。日の出学園 国際交流室の東海林です。
7月のカナダ語学研修の航空券手配のため、引率教員2名の旅券情報をお送りします。

1）東海林 慶子（SHOJI KEIKO）
　　生年月日：1979年3月4日
　　旅券番号：TR5829104　有効期限：2031年8月19日

2）鹿野 瑠美（KANO RUMI）
　　生年月日：1989年4月22日
　　旅券番号：TK3047718　有効期限：2028年11月2日

生徒分は保護者から原本の写しを回収中です。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two teachers' passport numbers with DOB sent to a travel agency: identity document numbers",
    },
    # ---------------------------------------------------------------- 068
    {
        "id": "kyoshokuin-068",
        "charset": "utf-8",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会営業 大森様 <omori@sakura-hotel.jp>"],
        "subject": "新任教員研修 進行表（会場設営用）",
        "body": """さくらホテル 大森様

お世話になっております。日の出学園の今泉です。
4月3日・4日の研修の進行表をCSVでお送りします。
各時間帯のレイアウト（スクール形式／島型）と、必要機材をご確認ください。
""" + SIG_IMAIZUMI,
        "attachments": [
            {
                "kind": "csv",
                "name": "研修進行表_0403-0404.csv",
                "encoding": "utf-8",
                "rows": [
                    ["日", "開始", "終了", "内容", "会場", "レイアウト", "機材"],
                    ["4/3", "9:30", "10:00", "開講式", "桜の間", "スクール", "マイク2本"],
                    ["4/3", "10:00", "12:00", "服務と個人情報の取扱い", "桜の間", "スクール", "プロジェクター"],
                    ["4/3", "13:00", "16:30", "学級開きの実践（演習）", "桜の間", "島型6卓", "ホワイトボード3台"],
                    ["4/4", "9:00", "12:00", "保護者対応ロールプレイ", "楓の間", "島型6卓", "なし"],
                    ["4/4", "13:00", "15:30", "ICT活用", "楓の間", "スクール", "電源タップ24口"],
                    ["4/4", "15:30", "16:00", "閉講式", "楓の間", "スクール", "マイク2本"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CSV programme schedule for the venue; no people's data",
    },
    # ---------------------------------------------------------------- 069
    {
        "id": "kyoshokuin-069",
        "charset": "utf-8",
        "sender": "東海林 慶子 <shoji.keiko@hinode-sangyo.co.jp>",
        "to": [
            "Margaret Olsen <m.olsen@maplewood-academy.ca>",
            "Tom Reilly <treilly@lakeside-hs.org>",
            "Priya Natarajan <p.natarajan@stjude-college.edu.au>",
        ],
        "subject": "Invitation: Online teacher exchange meeting, 21 January",
        "body": """Dear colleagues,

Happy New Year from Fujisawa! On behalf of Hinode Gakuen, I would like to invite
you to our annual online meeting of partner schools for the teacher exchange
programme.

  Date:   Wednesday 21 January 2026
  Time:   08:00 JST (Tue 20 Jan 15:00 PST / Wed 21 Jan 10:00 AEDT)
  Agenda: review of 2025 visits, 2026 schedule, host-family guidelines

A Zoom link will follow once you confirm. We look forward to seeing you all.

Warm regards,
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three overseas partner schools in To can see each other's contacts: should have been Bcc",
    },
    # ---------------------------------------------------------------- 070
    {
        "id": "kyoshokuin-070",
        "charset": "utf-8",
        "sender": "東海林 慶子 <shoji.keiko@hinode-sangyo.co.jp>",
        "to": ["Margaret Olsen <m.olsen@maplewood-academy.ca>"],
        "subject": "Change of visiting teacher for the autumn exchange",
        "body": """Dear Margaret,

I am sorry to write with a change of plans. Ms Yuki Aimono, the science teacher
who was to visit Maplewood in October, will not be able to travel this year.
She was diagnosed with breast cancer in the spring and is now on sick leave while
she completes chemotherapy; her doctors have advised against long-haul travel
until next year. She asked me to pass on her regrets and hopes to join the
programme in 2026.

We would like to propose Mr Akira Isurugi (social studies) in her place.
I will send his profile next week.

Kind regards,
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail telling an overseas school a named teacher's cancer diagnosis and treatment",
    },
    # ---------------------------------------------------------------- 071
    {
        "id": "kyoshokuin-071",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 正隆 <kito.masataka@hinode-sangyo.co.jp>",
        "to": ["haken@teaching-staff.co.jp"],
        "subject": "代替講師（社会科）の契約終了について",
        "body": """ティーチングスタッフ 派遣事業部 御中

お世話になっております。日の出学園高等学校 教頭の鬼頭です。

中学校社会科の栗花落教諭が12月1日付で職場に戻ることになりましたので、
代替でお願いしていた百々先生のご派遣は11月28日（金）をもって終了とさせてください。
百々先生には生徒たちも大変なついており、感謝しております。
引継ぎの授業（11月27日・28日）は栗花落教諭と二人で入っていただく予定です。

契約終了の書面手続きについてご案内をお願いいたします。
""" + SIG_KITO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "end of a substitute contract; names only, no reason for the teacher's absence given",
    },
    # ---------------------------------------------------------------- 072
    {
        "id": "kyoshokuin-072",
        "charset": "utf-8",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["日の出学園同窓会 事務局 <jimukyoku@hinode-dosokai.jp>"],
        "subject": "FW: 退職教職員の住所一覧（会報送付用）",
        "body": """同窓会事務局 御中

お世話になっております。日の出学園 事務局の帆足です。
会報の送付先として、事務局内で取りまとめた退職教職員の住所一覧を
メールごと添付いたします。ご確認ください。

帆足
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "退職教職員の住所一覧.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "宮之原 聡 <miyanohara.satoshi@hinode-sangyo.co.jp>",
                    "to": ["hoashi.hina@hinode-sangyo.co.jp"],
                    "subject": "退職教職員の住所一覧",
                    "body": """帆足さん

同窓会から依頼のあった、過去5年の退職教職員の住所です。
年賀状名簿から拾ったので、古い住所があるかもしれません。

氏名            退職年度  住所                                          電話
--------------  --------  --------------------------------------------  ------------
勘解由小路 篤   R2        神奈川県鎌倉市二階堂908-4                     0467-22-5871
薬師寺 房江     R3        神奈川県藤沢市片瀬山2-14-7                    0466-26-4409
東風平 栄一     R3        沖縄県島尻郡八重瀬町東風平1120               098-998-2216
御手洗 征子     R4        神奈川県茅ヶ崎市東海岸北5-3-21                0467-85-3302
百瀬 隆文       R5        神奈川県横浜市栄区小菅ケ谷3-8-11              045-893-7720
猪俣 和代       R5        東京都八王子市めじろ台2-41-6                  042-665-1093
早乙女 悟       R6        神奈川県藤沢市円行1-22-5                      0466-45-8238

宮之原
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "attached mail (message/rfc822) with 7 retirees' home addresses and phones sent to the alumni association",
    },
    # ---------------------------------------------------------------- 073
    {
        "id": "kyoshokuin-073",
        "charset": "iso-2022-jp",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["保健室 相良 <hokenshitsu@gakuen.hinode-sangyo.co.jp>"],
        "subject": "FW: 【健康プラザ湘南】二次検査結果のご報告（石動様）",
        "body": """相良先生

お疲れさまです。帆足です。
健診機関から石動先生の二次検査結果が届きましたので転送します。
就業上の配慮が必要か、産業医面談の設定をお願いできますか。

帆足

---------- 転送メッセージ ----------
差出人: 健康プラザ湘南 <kekka@kenko-plaza.or.jp>
件名: 二次検査結果のご報告（石動様）

日の出学園 事務局 帆足様

12月9日に受診された石動 晃様（昭和56年2月8日生）の二次検査結果をご報告します。
　・心エコー：左室肥大あり
　・24時間血圧：平均 158/98
　・判定：本態性高血圧症（要治療）。循環器内科への通院を推奨
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health-check results forwarded only to the internal school nurse (gakuen subdomain)",
    },
    # ---------------------------------------------------------------- 074
    {
        "id": "kyoshokuin-074",
        "charset": "shift_jis",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["大森 <omori@sakura-hotel.co.jp>"],
        "subject": "4/3 懇親会の人数変更（24名→22名）",
        "body": """さくらホテル 大森様

いつもお世話になっております。日の出学園の今泉です。
4月3日（金）18時からの新任教員研修 懇親会ですが、参加人数が24名から22名に
変更となりました。料理・飲み物ともに22名分でお願いいたします。

会場のレイアウト（円卓3卓）は変更なしで結構です。
""" + SIG_IMAIZUMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "sakura-hotel.co.jp instead of the partner sakura-hotel.jp: look-alike (co. added)",
    },
    # ---------------------------------------------------------------- 075
    {
        "id": "kyoshokuin-075",
        "charset": "utf-8",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["ネクストエデュ 研修事業部 千石様 <sengoku@next-edu.jp>"],
        "subject": "授業力向上研修 実施報告書",
        "body": """千石様

お世話になっております。今泉です。
授業力向上研修の実施報告書（学園側の記録）をお送りします。
貴社の報告書と突き合わせていただけますと幸いです。
""" + SIG_IMAIZUMI,
        "attachments": [{"kind": "corrupt", "name": "授業力向上研修_実施報告書.docx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "attached DOCX is corrupt: cannot be inspected",
    },
    # ---------------------------------------------------------------- 076
    {
        "id": "kyoshokuin-076",
        "charset": "iso-2022-jp",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["jimukyoku@hinode-dosokai.jp"],
        "subject": "Re: 元教頭先生への記念誌送付について",
        "body": """同窓会事務局 御中

お世話になっております。帆足です。
お問い合わせの件、ご本人に電話で確認し、同窓会への住所提供のご了承をいただきました。

　勘解由小路 篤 先生（元教頭、令和2年度退職）
　〒248-0002 神奈川県鎌倉市二階堂908-4
　TEL 0467-22-5871

記念誌を楽しみにしているとのことでした。
よろしくお願いいたします。
""" + SIG_HOASHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one retired teacher's address and phone (with his consent) to the alumni association: one person",
    },
    # ---------------------------------------------------------------- 077
    {
        "id": "kyoshokuin-077",
        "charset": "iso-2022-jp",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["健康プラザ湘南 巡回健診課 <junkai@kenko-plaza.or.jp>"],
        "subject": "巡回健診（6/18）受診者名簿の送付",
        "body": """健康プラザ湘南 巡回健診課 御中

お世話になっております。日の出学園 事務局の帆足です。
6月18日（水）の巡回健診の受診者名簿をお送りします（Excel 97-2003形式）。
当日欠席者が出た場合は、後日の施設健診で対応をお願いいたします。
""" + SIG_HOASHI,
        "attachments": [
            {
                "kind": "xls",
                "name": "受診者名簿_0618.xls",
                "sheets": {
                    "受診者": [
                        ["No", "職員番号", "氏名", "性別", "生年月日", "年齢", "コース"],
                        [1, "G01003", "鬼頭 正隆", "男", "1972/10/03", 52, "生活習慣病A"],
                        [2, "G09014", "鳥羽 和樹", "男", "1985/09/14", 39, "一般B"],
                        [3, "G12007", "鹿野 瑠美", "女", "1989/04/22", 36, "一般B"],
                        [4, "G15021", "漆原 隆之", "男", "1990/06/30", 34, "一般B"],
                        [5, "G17003", "石動 晃", "男", "1981/02/08", 44, "生活習慣病A"],
                        [6, "G20011", "道祖土 恵", "女", "1977/08/16", 47, "生活習慣病A＋婦人科"],
                        [7, "G22002", "西表 さくら", "女", "1993/11/11", 31, "一般B"],
                        [8, "G24008", "四十物 由紀", "女", "1983/01/25", 42, "生活習慣病A＋婦人科"],
                        [9, "G25005", "相良 美緒", "女", "2003/01/30", 22, "雇入時"],
                        [10, "G25007", "月見里 咲", "女", "1994/05/05", 31, "雇入時"],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "legacy XLS roster of 10 staff with DOB sent to a health-check provider: list of people",
    },
    # ---------------------------------------------------------------- 078
    {
        "id": "kyoshokuin-078",
        "charset": "utf-8",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["朝日ヶ丘市教育委員会 学校教育課 <gakko-kyoiku@kyoiku.city.asahigaoka.lg.jp>"],
        "cc": ["東都学芸大学 教職支援室 <kyoshoku-shien@toto-gakugei.ac.jp>"],
        "subject": "市内公立中学校との合同授業研究（教育実習生の参観）について",
        "body": """朝日ヶ丘市教育委員会 学校教育課 御中
（cc：東都学芸大学 教職支援室 御中）

お世話になっております。日の出学園の今泉です。
先日ご提案いただいた、市立第三中学校と本学園の合同授業研究について、
東都学芸大学の教育実習生も参観させていただけないかご相談いたします。

　日時：2026年6月5日（金）5・6校時
　会場：朝日ヶ丘市立第三中学校
　参観希望：教育実習生 3名、本学園指導教員 2名

ご検討のほど、よろしくお願いいたします。
""" + SIG_IMAIZUMI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "board of education in To and one university in Cc: two external organisations, normal",
    },
    # ---------------------------------------------------------------- 079
    {
        "id": "kyoshokuin-079",
        "charset": "utf-8",
        "sender": "宮之原 聡 <miyanohara.satoshi@hinode-sangyo.co.jp>",
        "to": ["こころケアEAP 法人窓口 <houjin@kokoro-care-eap.co.jp>"],
        "subject": "長時間労働者の面談対象者（10月分）",
        "html": """<html><body>
<p>こころケアEAP 法人窓口 御中</p>
<p>いつもお世話になっております。日の出学園（日の出産業 教育事業部）の宮之原です。<br>
10月分の面談対象者をお知らせします。カウンセラーの割当てをお願いいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<thead><tr><th>職員番号</th><th>氏名</th><th>時間外（h）</th><th>既往・通院状況（本人申告）</th><th>希望日</th></tr></thead>
<tbody>
<tr><td>G17003</td><td>石動 晃</td><td>96</td><td>高血圧症で通院中</td><td>11/12</td></tr>
<tr><td>G09014</td><td>鳥羽 和樹</td><td>88</td><td>不眠症（睡眠導入剤服用）</td><td>11/13</td></tr>
<tr><td>G22002</td><td>西表 さくら</td><td>84</td><td>なし</td><td>11/12</td></tr>
<tr><td>G12007</td><td>鹿野 瑠美</td><td>81</td><td>過去にパニック障害で通院（2021年）</td><td>11/14</td></tr>
<tr><td>G25002</td><td>仁科 拓真</td><td>80</td><td>なし</td><td>11/14</td></tr>
</tbody></table>
<p>宮之原 聡<br>日の出産業株式会社 教育事業部 人事課<br>TEL 0466-31-7701</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of 5 staff with medical history (不眠症, パニック障害, 高血圧) to an outside EAP",
    },
    # ---------------------------------------------------------------- 080
    {
        "id": "kyoshokuin-080",
        "charset": "shift_jis",
        "sender": "鬼頭 正隆 <kito.masataka@hinode-sangyo.co.jp>",
        "to": ["haken@teaching-staff.co.jp"],
        "subject": "来年度の年間行事予定（講師派遣の計画用）",
        "body": """ティーチングスタッフ 派遣事業部 御中

お世話になっております。鬼頭です。
来年度の年間行事予定をお送りします。定期考査や行事で授業がない週がありますので、
派遣講師の先生方の勤務計画にお役立てください。
""" + SIG_KITO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "R8年間行事予定.xlsx",
                "sheets": {
                    "1学期": [
                        ["令和8年度 日の出学園 年間行事予定（1学期）"],
                        ["日付", "行事", "授業"],
                        ["4/7", "始業式・入学式", "なし"],
                        ["5/18-5/22", "中間考査", "なし"],
                        ["6/5", "体育祭", "なし"],
                        ["7/6-7/10", "期末考査", "なし"],
                    ],
                    "2学期": [
                        ["日付", "行事", "授業"],
                        ["9/1", "始業式", "午前のみ"],
                        ["9/26-9/27", "文化祭", "なし"],
                        ["10/19-10/23", "中間考査", "なし"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "XLSX of school events, no personal data",
    },
    # ---------------------------------------------------------------- 081
    {
        "id": "kyoshokuin-081",
        "charset": "iso-2022-jp",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["office@hoshino-sr.jp"],
        "subject": "出産手当金・育休給付の手続きについて（西表）",
        "body": """星野先生

お世話になっております。帆足です。
高校国語科の西表教諭が1月から産前休業に入りますので、出産手当金と
育児休業給付の手続きをお願いしたく、必要事項をお送りします。

　氏名：西表 さくら
　共済 加入者証：記号 2304　番号 118756
　雇用保険被保険者番号：1402-338815-2
　産前休業開始：2026年1月13日（出産予定日 2月24日）

申請書の事業主記入欄は、様式をいただければこちらで記入いたします。
""" + SIG_HOASHI,
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a teacher's health-insurance card symbol and number (私学共済 加入者証) sent to a labour consultant",
    },
    # ---------------------------------------------------------------- 082
    {
        "id": "kyoshokuin-082",
        "charset": "utf-8",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 藤巻様 <fujimaki@nishiki-insatsu.co.jp>"],
        "subject": "学校説明会用スライドの印刷（配布資料）",
        "body": """錦印刷株式会社 営業部
藤巻 様

いつもお世話になっております。日の出学園の今泉です。
10月の学校説明会で配布する資料（スライドの4面付け、A4両面・300部）の
印刷をお願いしたく、元データのPowerPointをお送りします。
お見積りと納期をお知らせください。
""" + SIG_IMAIZUMI,
        "attachments": [
            {
                "kind": "pptx",
                "name": "学校説明会2025_配布用.pptx",
                "title": "日の出学園 学校説明会 2025",
                "slides": [
                    ["日の出学園中学校・高等学校", "学校説明会 2025", "〜 自ら学び、ともに伸びる 〜"],
                    ["教育の3つの柱", "探究型の授業", "英語4技能の徹底", "部活動と学校行事"],
                    ["教員紹介", "専任教諭 68名・平均年齢41歳", "大学院修了者 14名", "海外研修経験者 22名"],
                    ["入試日程", "第1回 2月1日（午前・午後）", "第2回 2月3日", "帰国生入試 12月14日"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "brochure slides to the partner printer; aggregate staff figures only",
    },
    # ---------------------------------------------------------------- 083
    {
        "id": "kyoshokuin-083",
        "charset": "utf-8",
        "sender": "宮之原 聡 <miyanohara.satoshi@hinode-sangyo.co.jp>",
        "to": ["学校経営コンサルティング 野々宮様 <nonomiya@edu-mgmt-consulting.co.jp>"],
        "subject": "次回ワークショップ資料（教員配置の見直し）",
        "body": """野々宮様

お世話になっております。宮之原です。
次回ワークショップでご議論いただく、教員配置見直しのたたき台をお送りします。
理事長の了承前の資料ですので、その前提でご覧ください。

宮之原
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "教員配置見直し_たたき台.pptx",
                "page_footer": "極秘　学校法人日の出学園 経営企画",
                "slides": [
                    ["【極秘】中期経営計画 教員配置の見直し（たたき台）", "理事会未承認・取扱注意"],
                    ["現状", "専任教諭 68名／非常勤講師 41名", "人件費比率 61.8%（県私立平均 56%）"],
                    ["見直し案", "湘南サポート校を2027年度に本校へ統合", "専任教諭を3年で6名減（自然減＋早期退職優遇）", "非常勤講師のコマ単価を見直し"],
                    ["スケジュール", "2026年3月 理事会付議", "2026年6月 教職員組合へ提示"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX marked 【極秘】 on the title slide and every slide footer, sent to an outside consultant",
    },
    # ---------------------------------------------------------------- 084
    {
        "id": "kyoshokuin-084",
        "charset": "iso-2022-jp",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["私立中学高等学校協会 教員人材バンク <jinzai-bank@shigaku-kyokai.or.jp>"],
        "subject": "求人情報の掲載依頼（非常勤講師：情報・物理）",
        "body": """私立中学高等学校協会 教員人材バンク ご担当者様

お世話になっております。日の出学園の今泉です。
協会ウェブサイトの求人情報ページへの掲載をお願いしたく、募集要項をお送りします。
掲載期間は3月末までを希望します。
""" + SIG_IMAIZUMI,
        "attachments": [
            {
                "kind": "docx",
                "name": "非常勤講師募集要項_情報物理.docx",
                "title": "非常勤講師 募集要項",
                "paragraphs": [
                    "学校法人日の出学園 非常勤講師 募集要項",
                    "1. 募集教科　情報（高等学校）1名、物理（高等学校）1名",
                    "2. 勤務　週6〜10コマ（1コマ50分）、曜日応相談",
                    "3. 資格　該当教科の高等学校教諭免許状（一種以上）を有する方",
                    "4. 報酬　1コマ 3,100円〜（経験により加算）、通勤手当支給",
                    "5. 応募方法　履歴書・教員免許状の写しを学園事務局へ郵送",
                    "6. 問合せ先　日の出学園 事務局 採用担当　TEL 0466-31-7705",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "job posting (DOCX) to an association; only the school's own contact",
    },
    # ---------------------------------------------------------------- 085
    {
        "id": "kyoshokuin-085",
        "charset": "utf-8",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["まなび研修センター 研修企画部 <kikaku@manabi-kenshu.co.jp>"],
        "subject": "新任研修 グループ分けスライド（講師の先生へ共有用）",
        "body": """まなび研修センター 研修企画部 御中

お世話になっております。今泉です。
2日目の演習のグループ分けスライドを作りました。講師の先生にご共有ください。
当日の遅刻連絡などで講師から直接受講者に連絡できるよう、連絡先も入れてあります。
""" + SIG_IMAIZUMI,
        "attachments": [
            {
                "kind": "pptx",
                "name": "グループ分け_新任研修2日目.pptx",
                "slides": [
                    ["保護者対応ロールプレイ グループ分け", "4月4日（金）9:00〜 楓の間"],
                    ["Aグループ",
                     "岩清水 萌　080-3361-9021　moe.iwashimizu@yahoo.co.jp",
                     "嘉数 信吾　090-1438-5507　shingo.kakazu.edu@gmail.com",
                     "城間 由梨　080-2276-8813　yuri.shiroma@icloud.com"],
                    ["Bグループ",
                     "保坂 恭平　070-6612-3390　hosaka.kyohei@gmail.com",
                     "戸叶 詩織　080-5571-2049　shiori.tokano@outlook.jp",
                     "比嘉 悠真　090-6641-2038　yuma.higa.t@gmail.com"],
                    ["Cグループ",
                     "渡嘉敷 遼　080-1175-9942　tokashiki.ryo@yahoo.co.jp",
                     "Olivia Brannigan　080-7731-2054　olivia.brannigan@gmail.com"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PPTX with 8 trainees' mobiles and private e-mails sent to a training company: list of people",
    },
    # ---------------------------------------------------------------- 086
    {
        "id": "kyoshokuin-086",
        "charset": "shift_jis",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["経理課 <keiri@mail.hinode-sangyo.co.jp>"],
        "subject": "非常勤講師 報酬振込先（11月支給分）",
        "body": """経理課 御中

学園事務局の帆足です。
11月支給分の非常勤講師報酬の振込先一覧をCSVでお送りします。
前月から口座変更が2件あります（高杉先生、桐谷先生）。

帆足
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "非常勤報酬振込先_202511.csv",
                "encoding": "cp932",
                "rows": [
                    ["講師コード", "氏名", "銀行", "支店", "種別", "口座番号", "口座名義", "支給額"],
                    ["P18004", "金城 真理", "みどり銀行", "辻堂支店", "普通", "3310287", "カネシロ マリ", "62000"],
                    ["P19011", "高杉 隆", "湘南信用金庫", "藤沢支店", "普通", "0418836", "タカスギ リュウ", "74400"],
                    ["P20002", "黒部 茜", "みどり銀行", "大船支店", "普通", "2207715", "クロベ アカネ", "49600"],
                    ["P20015", "芳賀 伸一郎", "横浜みなと銀行", "茅ヶ崎支店", "普通", "5530184", "ハガ シンイチロウ", "86800"],
                    ["P21007", "松永 なつみ", "ゆうちょ銀行", "〇一八店", "普通", "1876620", "マツナガ ナツミ", "37200"],
                    ["P22009", "桐谷 巴", "みどり銀行", "戸塚支店", "普通", "4402291", "キリヤ トモエ", "49600"],
                    ["P25013", "喜屋武 亮介", "湘南信用金庫", "平塚支店", "普通", "0729945", "キャン リョウスケ", "24800"],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "lecturers' bank accounts, but only to internal accounting (mail.hinode-sangyo.co.jp)",
    },
    # ---------------------------------------------------------------- 087
    {
        "id": "kyoshokuin-087",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 正隆 <kito.masataka@hinode-sangyo.co.jp>",
        "to": [
            "kadenokoji.atsushi@gmail.com",
            "fusae-yakushiji@yahoo.co.jp",
            "mitarai.seiko@icloud.com",
            "momose-t@ezweb.ne.jp",
            "satoru.saotome@softbank.ne.jp",
        ],
        "cc": ["miyanohara.satoshi@hinode-sangyo.co.jp"],
        "subject": "退職された先生方を囲む会のご案内",
        "body": """先生方

ご無沙汰しております。日の出学園 教頭の鬼頭です。
皆様お元気でお過ごしでしょうか。

このたび、近年ご退職された先生方をお招きして、現職の教職員との懇親会を
開くことになりました。ぜひお顔を見せていただければ嬉しく思います。

　日時：2026年3月28日（土）17:00〜19:30
　会場：さくらホテル湘南 2階「桜の間」
　会費：5,000円（当日受付にて）

ご出欠を3月13日までにお知らせください。
""" + SIG_KITO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "five retirees' private addresses in To, visible to one another: should have been Bcc",
    },
    # ---------------------------------------------------------------- 088
    {
        "id": "kyoshokuin-088",
        "charset": "utf-8",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["北斗女子大学 就職課 <shushoku@hokuto-wu.ac.jp>"],
        "subject": "卒業生の教員免許状取得見込みに関する照会",
        "body": """北斗女子大学 就職課 御中

お世話になっております。学校法人日の出学園の今泉でございます。
4月採用予定の貴学卒業見込みの方について、教員免許状の取得見込みを確認させてください。

　氏名　　：神保 慧（じんぼ けい）さん
　生年月日：2003年10月3日
　学籍番号：HW21-0611
　現住所　：神奈川県横浜市泉区緑園4-2-1 緑園ハイツ102
　取得予定：中学校教諭一種・高等学校教諭一種（家庭）

3月の卒業判定後、授与証明書の発行時期をお知らせいただけますと幸いです。
""" + SIG_IMAIZUMI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one graduate's name, DOB and address to her university: one person, may be warned",
    },
    # ---------------------------------------------------------------- 089
    {
        "id": "kyoshokuin-089",
        "charset": "iso-2022-jp",
        "sender": "樋渡 一輝 <hiwatashi.kazuki@hinode-sangyo.co.jp>",
        "to": ["川崎電機 文教ソリューション部 <bunkyo@kawasaki-denki.co.jp>"],
        "cc": ["it-kanri@gakuen.hinode-sangyo.co.jp"],
        "subject": "新任教員用 ノートPCの追加発注（15台）",
        "body": """川崎電機株式会社 文教ソリューション部 御中

いつもお世話になっております。日の出産業 教育事業部の樋渡です。
4月の新任教員用に、教員用ノートPCを追加で発注したく、お見積りをお願いいたします。

　型番　：KD-Note Edu 14（型番 KDN-E14-2026）
　台数　：15台
　キッティング：前回と同じイメージ（Ver.2025.09）
　納品先：日の出学園 本館1階 ICT準備室
　希望納期：3月23日（月）

学園側の受入担当は、cc の学内ICT管理係です。
よろしくお願いいたします。

--
日の出産業株式会社 教育事業部 情報システム担当
樋渡 一輝　TEL 0466-31-7730
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "order to the partner kawasaki-denki.co.jp, cc an internal subdomain: one external organisation, no data",
    },
    # ---------------------------------------------------------------- 090
    {
        "id": "kyoshokuin-090",
        "charset": "utf-8",
        "sender": "久我山 典子 <kugayama.noriko@hinode-sangyo.co.jp>",
        "to": ["比嘉 ちえみ <chiemi.higa@yahoo.co.jp>"],
        "subject": "Re: 理科の先生のお休みについて",
        "body": """比嘉 様

ご心配をおかけしております。校長の久我山でございます。

教職員の健康に関することは、ご本人のプライバシーに関わるため、
学校からはお答えを控えさせていただいております。
授業につきましては、11月から理科の専任教員と非常勤講師で分担して対応しており、
進度の遅れが生じないよう学年で確認しております。

ご理解のほど、よろしくお願い申し上げます。

日の出学園中学校・高等学校 校長 久我山 典子

差出人: 比嘉 ちえみ <chiemi.higa@yahoo.co.jp>
送信日時: 2025年11月18日 22:07
宛先: 日の出学園 <info@hinode-sangyo.co.jp>
件名: 理科の先生のお休みについて

3年2組の比嘉 優斗の母です。
理科の四十物先生が長くお休みされていますが、子どもの話では
がんの治療中だと噂になっているそうです。本当でしょうか。
受験学年なので授業がどうなるのか心配です。
連絡先：070-1559-3026
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply declines to discuss a teacher's health; the rumour and parent's phone are only in quoted text (差出人/送信日時)",
    },
    # ---------------------------------------------------------------- 091
    {
        "id": "kyoshokuin-091",
        "charset": "utf-8",
        "sender": "東海林 慶子 <shoji.keiko@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitford <d.whitford@globalbridge-edu.com>"],
        "subject": "ALT roster for the 2026 contract renewal",
        "body": """Dear Daniel,

As discussed, here is our current ALT roster for the renewal paperwork.
Please check the contact details against your records and let me know of any changes.

Name                 Date of birth   Mobile          Personal e-mail
-------------------  --------------  --------------  --------------------------------
Olivia Brannigan     1998-02-11      080-7731-2054   olivia.brannigan@gmail.com
Marcus Feld          1994-07-30      090-2285-6113   marcus.feld.jp@gmail.com
Aisling Dunne        1996-12-03      070-4418-9920   aisling.dunne@outlook.com
Kwame Boateng        1991-05-17      080-9936-2471   k.boateng.tokyo@yahoo.com
Hannah Lindqvist     1999-09-25      090-6620-3358   hannah.lindqvist@icloud.com
Rafael Quintero      1993-03-08      070-1147-5582   rquintero.alt@gmail.com

Thanks,
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "English padded table of 6 ALTs with DOB, mobile and private e-mail to the dispatch company",
    },
    # ---------------------------------------------------------------- 092
    {
        "id": "kyoshokuin-092",
        "charset": "utf-8",
        "sender": "東海林 慶子 <shoji.keiko@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitford <d.whitford@globalbridge-edu.com>"],
        "subject": "2026-27 ALT service agreement - proposed changes",
        "body": """Dear Daniel,

Thank you for sending the draft service agreement for 2026-27. Having reviewed it
with our HR section, we would like to propose the following changes:

  1. Clause 4.2 - teaching hours: maximum 20 lessons (50 min) per week, not 22.
  2. Clause 6.1 - the monthly fee to be fixed at JPY 385,000 per ALT, including
     commuting costs.
  3. Clause 9 - notice period for replacement of an ALT: 30 days instead of 60.
  4. Appendix B - please add the school calendar for 2026-27 (to follow from us).

Could we discuss these on a short call next week? Tuesday or Thursday afternoon
JST would suit us.

Best regards,
""" + SIG_SHOJI + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English contract negotiation with a dispatch company; standard disclaimer, no personal data",
    },
    # ---------------------------------------------------------------- 093
    {
        "id": "kyoshokuin-093",
        "charset": "shift_jis",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 藤巻様 <fujimaki@nishikl-insatsu.co.jp>"],
        "subject": "辞令用紙・採用通知の印刷発注",
        "body": """錦印刷株式会社 営業部
藤巻 様

いつもお世話になっております。日の出学園 事務局の帆足です。
来年度の辞令用紙と採用通知書の用紙を、例年どおり発注いたします。

　・辞令用紙（A4 縦・金枠・学園章入り）　200枚
　・採用通知書（A4 横・透かし入り）　　　 50枚
　・封筒（角2・学園名入り）　　　　　　　200枚

納期は3月10日でお願いできますでしょうか。
""" + SIG_HOASHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishikl-insatsu.co.jp (l for i) is a homoglyph look-alike of the partner nishiki-insatsu.co.jp",
    },
    # ---------------------------------------------------------------- 094
    {
        "id": "kyoshokuin-094",
        "charset": "iso-2022-jp",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["kikaku@manabi-kenshu.co.jp"],
        "subject": "管理職研修（12/5）出欠のご連絡",
        "body": """まなび研修センター 研修企画部 御中

お世話になっております。今泉です。
12月5日のハラスメント防止研修（管理職向け）の出席者は次の3名です。
当日の緊急連絡用に携帯番号も記載します。

氏名\t役職\t携帯
久我山 典子\t校長\t090-3387-1120
鬼頭 正隆\t教頭\t090-2231-8804
石動 晃\t教務部長\t080-4410-8826

欠席：宮之原（人事課長）は別日程の受講を希望しています。
""" + SIG_IMAIZUMI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated attendance of three managers with mobiles: under five people, may be warned",
    },
    # ---------------------------------------------------------------- 095
    {
        "id": "kyoshokuin-095",
        "charset": "iso-2022-jp",
        "sender": "久我山 典子 <kugayama.noriko@hinode-sangyo.co.jp>",
        "to": ["石黒 健太 <kenta-ishiguro@ezweb.ne.jp>"],
        "subject": "Re: 3年2組の担任の先生のご様子について",
        "body": """石黒 様

いつもPTA会長としてご尽力いただき、ありがとうございます。校長の久我山です。

お問い合わせの件ですが、3年2組担任の石動 晃 教諭は、12月の検査で重い心臓の病気
（拡張型心筋症）が見つかり、1月8日に入院して手術を受けることになりました。
術後のリハビリも含め、少なくとも3か月は休職となる見込みです。

3学期の担任は副担任の漆原教諭が務めます。
保護者の皆様への説明は、始業式後に文書でお知らせする予定です。
それまでは、役員の方々の間だけのお話としていただけますと幸いです。

> 3年2組の保護者から、担任の先生が長期入院されると聞いたが本当か、
> 受験直前なので心配だという声が届いています。
> 差し支えない範囲で状況を教えていただけますか。
> 石黒
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "new text tells a parent (carrier mail) a named teacher's diagnosis and surgery: sensitive",
    },
    # ---------------------------------------------------------------- 096
    {
        "id": "kyoshokuin-096",
        "charset": "shift_jis",
        "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
        "to": ["保坂 恭平 <hosaka.kyohei@outlook.jp>"],
        "subject": "日の出学園 教員採用選考 結果のお知らせ",
        "body": """保坂 恭平 様

先日は日の出学園の教員採用選考（二次面接）にお越しいただき、ありがとうございました。
慎重に選考を行いました結果、保坂様を数学科 専任教諭として採用内定とすることに
決定いたしましたので、お知らせいたします。

内定通知書および入職関係書類は、本日ご自宅宛てに郵送いたしました。
ご不明な点は、採用担当（0466-31-7705）までお問い合わせください。

今後ともよろしくお願い申し上げます。
""" + SIG_IMAIZUMI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "result notice to the applicant himself on free mail; no one else's data",
    },
    # ---------------------------------------------------------------- 097
    {
        "id": "kyoshokuin-097",
        "charset": "utf-8",
        "sender": "鬼頭 正隆 <kito.masataka@hinode-sangyo.co.jp>",
        "to": ["haken@teaching-staff.co.jp"],
        "subject": "国語科 代替講師のご手配のお願い（1月〜）",
        "body": """ティーチングスタッフ 派遣事業部 御中

お世話になっております。日の出学園高等学校 教頭の鬼頭です。

高校国語科の西表 さくら 教諭が妊娠中で、出産予定日が2月下旬のため、
1月13日から産前・産後休業、続いて育児休業に入る予定です。
つきまして、1月13日から来年度末まで、国語（現代の国語・言語文化）週14コマを
担当いただける代替講師のご手配をお願いできますでしょうか。

つわりがひどかった時期もあり、本人の体調次第では休業開始が早まる可能性もあります。
その場合は改めてご相談いたします。
""" + SIG_KITO,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named teacher's pregnancy and morning sickness to a staffing agency: health detail beyond need, but not clearly 要配慮 — borderline",
    },
    # ---------------------------------------------------------------- 098
    {
        "id": "kyoshokuin-098",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 正隆 <kito.masataka@hinode-sangyo.co.jp>",
        "to": ["日の出学園高等学校 <info@hinode-sangyo.co.jp>"],
        "bcc": [
            "tamura-family.0412@docomo.ne.jp",
            "h.ogasawara.mama@gmail.com",
            "kenta-ishiguro@ezweb.ne.jp",
            "chiemi.higa@yahoo.co.jp",
            "sunagawa.k@icloud.com",
            "t.miyagi.1976@gmail.com",
            "nakasone.family@softbank.ne.jp",
            "yoshiko.gushiken@gmail.com",
            "aoki-mama.2010@yahoo.co.jp",
        ],
        "subject": "【3年2組 保護者の皆様へ】3学期の担任について",
        "body": """3年2組 保護者の皆様

（本メールは保護者の皆様にBccでお送りしています）

日頃より本校の教育活動にご理解・ご協力をいただき、ありがとうございます。
3年2組の担任につきまして、諸事情により3学期は副担任の漆原 隆之 教諭が
担任を務めることとなりましたので、お知らせいたします。

受験直前の大切な時期に、ご心配をおかけし申し訳ございません。
学年全体で生徒一人ひとりの進路実現を支えてまいります。
ご不明な点は、学年主任または教頭までお問い合わせください。

日の出学園高等学校 校長 久我山 典子 ／ 教頭 鬼頭 正隆
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "parents correctly in Bcc, no reason for the change given: no personal data",
    },
    # ---------------------------------------------------------------- 099
    {
        "id": "kyoshokuin-099",
        "charset": "utf-8",
        "sender": "帆足 陽菜 <hoashi.hina@hinode-sangyo.co.jp>",
        "to": ["鵜飼 紗季 <saki.ukai.home@gmail.com>"],
        "subject": "個人番号の登録完了のお知らせ",
        "body": f"""鵜飼 紗季 先生

いつもありがとうございます。日の出学園 事務局の帆足です。
先日ご提出いただいた個人番号を、給与システムに登録いたしました。
念のため、登録内容をご確認ください。

　氏名：鵜飼 紗季
　個人番号：{_z(_mn(10, '－'))}

誤りがございましたら、お手数ですが事務局までご連絡ください。
""" + SIG_HOASHI,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a My Number (full-width digits) sent back to the lecturer's free mail: any My Number must stop",
    },
    # ---------------------------------------------------------------- 100
    {
        "id": "kyoshokuin-100",
        "charset": "utf-8",
        "sender": "宮之原 聡 <miyanohara.satoshi@hinode-sangyo.co.jp>",
        "to": ["星野 社会保険労務士事務所 <office@hoshino-sr.jp>"],
        "subject": "変形労働時間制の導入可否についてのご相談",
        "body": """星野先生

いつもお世話になっております。日の出産業 教育事業部の宮之原です。

教員の長時間労働対策として、来年度から1年単位の変形労働時間制を導入できないか
検討しております。つきましては、以下の点についてご助言をいただけますでしょうか。

　1. 私立学校で導入する場合の労使協定の締結手続きと届出先
　2. 夏季休業中の休日のまとめ取りを組み込む場合の留意点
　3. 非常勤講師（時間給）への適用の要否

年明けに教職員代表との協議を始めたいため、12月中に一度お時間をいただけますと幸いです。
""" + SIG_MIYANOHARA + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general policy consultation with a labour consultant; disclaimer only",
    },
]
