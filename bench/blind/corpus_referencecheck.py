"""Mid-career hiring at 日の出産業 (referencecheck): the mail of the 人事部 採用グループ and the
hiring managers around a 中途採用 — reference checks requested from candidates' former
employers and referees, background-check (バックグラウンド調査) vendors, CVs (履歴書・職務経歴書)
passed between headhunters / search firms and interviewers, offer letters (内定通知書・労働条件
通知書) and the 入社手続き that follow (社労士, payroll, IT accounts), plus ordinary recruiting
mail: job orders to agencies, interview scheduling with candidates on free mail, fee
invoices, NDA talk, internal approvals and reply threads.
"""

from build import card_number, my_number

SEED = 65601

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _fw(text: str) -> str:
    """Full-width digits and hyphens, as some people type them."""
    return text.translate(_FW)


def _mn(k: int, sep: str = " ") -> str:
    n = my_number(SEED + k)
    return f"{n[:4]}{sep}{n[4:8]}{sep}{n[8:]}"


def _card(k: int, sep: str = "-") -> str:
    n = card_number(SEED + k)
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


SIG_SHIOMI = """
--
日の出産業株式会社
人事部 採用グループ
汐見 真帆（しおみ まほ）
〒103-0027 東京都中央区日本橋２－７－１ 日の出ビル８階
TEL 03-5201-4410（直通） FAX 03-5201-4419
shiomi.maho@hinode-sangyo.co.jp
"""

SIG_KOKETSU = """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部 人事課 課長
纐纈 剛 / Tsuyoshi Koketsu
〒103-0027 東京都中央区日本橋2-7-1
Tel: 03-5201-4400  Mobile: 080-4471-2093
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_HIGA = """
************************************
 日の出産業株式会社
 人事部 労務課  比嘉 ちひろ
 TEL：03-5201-4425 / 内線 4425
 higa.chihiro@hinode-sangyo.co.jp
************************************
"""

SIG_IOKIBE = """
-----
五百旗頭 亮（いおきべ りょう）
日の出産業株式会社 技術本部 開発部 課長
TEL 045-330-8812
"""

SIG_TACHIBANA = """
Best regards,

Rina Tachibana
Talent Acquisition, HR Department
Hinode Sangyo Co., Ltd.
2-7-1 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
+81-3-5201-4431
"""

SIG_NOTOYA = """
――――――――――――――――
日の出産業株式会社　総務部
能登谷 沙織
〒103-0027　東京都中央区日本橋２－７－１
ＴＥＬ　０３－５２０１－４３００
――――――――――――――――
"""

SIG_MONMA = """
門馬 浩之
日の出産業株式会社 経営企画部 部長
03-5201-4501
"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender and delete this e-mail.
"""

MESSAGES = [
# ---------------------------------------------------------------------------------- 001-025
{
    "id": "referencecheck-001",
    "charset": "iso-2022-jp",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["採用代行チーム 四十物様 <aimono@saiyo-support.co.jp>"],
    "subject": "二次面接の日程調整のお願い（7名様分）",
    "body": """サイヨウサポート株式会社
四十物様

いつもお世話になっております。日の出産業の汐見です。
生産技術職（中途）の二次面接につきまして、下記7名様へのお電話での日程調整を
お願いできますでしょうか。ご希望日時は一次面接時に伺ったものです。

No  氏名            フリガナ              携帯番号          ご希望日時
--  --------------  --------------------  ----------------  -------------------
1   椎葉 健太郎      シイバ ケンタロウ      090-3318-2207     11/12(水) 14:00～
2   霜鳥 拓海        シモトリ タクミ        080-6624-1950     11/13(木) 終日可
3   番場 由梨        バンバ ユリ            070-2281-4463     11/12(水) 午前
4   御手洗 瑛太      ミタライ エイタ        090-7712-0348     11/14(金) 16:00～
5   甘粕 奈央        アマカス ナオ          080-3390-5521     11/13(木) 10:00～
6   猪又 誠司        イノマタ セイジ        090-5573-8816     11/17(月) 午後
7   汐崎 いずみ      シオザキ イズミ        070-4419-2075     11/12(水) 15:00～

面接官は技術本部の五百旗頭・佐伯の2名、会場は本社8階会議室です。
調整結果は金曜までにいただけますと助かります。
何卒よろしくお願いいたします。
""" + SIG_SHIOMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven candidates' names and mobile numbers in a padded table to an external RPO: list of people",
},
{
    "id": "referencecheck-002",
    "charset": "iso-2022-jp",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["takumi.shimotori88@gmail.com"],
    "subject": "【日の出産業】一次面接のご案内",
    "body": """霜鳥 拓海 様

このたびは弊社中途採用（生産技術職）にご応募いただき、誠にありがとうございます。
日の出産業株式会社 人事部の汐見でございます。

書類選考の結果、ぜひ一次面接にお越しいただきたく、ご案内申し上げます。

　日時：令和７年１１月１８日（火）１０：３０～１１：３０
　場所：弊社本社 ８階 受付（東京都中央区日本橋２－７－１ 日の出ビル）
　面接官：技術本部 開発部 課長 五百旗頭、人事部 汐見
　持ち物：筆記用具（履歴書・職務経歴書はご提出済みのため不要です）

当日は１階の警備受付で「人事部 汐見と面接」とお伝えください。
ご都合が合わない場合は、お手数ですが本メールにご返信ください。

どうぞよろしくお願いいたします。
""" + SIG_SHIOMI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "interview invitation to one candidate on free mail; only the company's own address",
},
{
    "id": "referencecheck-003",
    "charset": "iso-2022-jp",
    "sender": "比嘉 ちひろ <higa.chihiro@hinode-sangyo.co.jp>",
    "to": ["社会保険労務士法人やまびこ 手続担当 <tetsuzuki@yamabiko-sr.jp>"],
    "subject": "入社手続き（資格取得届）のお願い：12月1日入社 1名",
    "body": f"""社会保険労務士法人やまびこ
手続ご担当者様

いつも大変お世話になっております。日の出産業 労務課の比嘉です。
12月1日付で中途入社する社員1名について、健康保険・厚生年金・雇用保険の
資格取得届の作成をお願いいたします。

■対象者
　氏名　　　　：粟飯原 智也（あいはら ともや）
　生年月日　　：平成3年6月14日
　住所　　　　：〒273-0005 千葉県船橋市本町４－１８－３ パークコート船橋５０２
　個人番号　　：{_mn(1)}
　基礎年金番号：4410-287316
　前職　　　　：青海化成株式会社（2025年10月31日退職）
　報酬月額　　：420,000円（通勤手当 18,640円 含まず）

雇用保険被保険者証（前職分）は本人より原本を受領済みですので、
別途郵送いたします。
よろしくお願いいたします。
""" + SIG_HIGA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a new hire's My Number and basic pension number sent to an outside labour consultant",
},
{
    "id": "referencecheck-004",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": [
        "宇良様 <ura@career-bridge.co.jp>",
        "mirai-agent 法人営業部 <hojin@mirai-agent.co.jp>",
        "ヒカリリクルート 椎名様 <shiina@hikari-recruit.jp>",
        "nexstage-career 担当各位 <client-desk@nexstage-career.co.jp>",
    ],
    "subject": "【求人のご依頼】生産管理 課長候補（茨城工場）",
    "body": """人材紹介会社 ご担当者各位

いつもお世話になっております。日の出産業 人事部の汐見です。
このたび茨城工場の生産管理 課長候補の採用を開始いたしますので、
求人票を添付にてお送りいたします。ご推薦をいただけますと幸いです。

・ポジション：生産管理部 課長候補（1名）
・想定年収　：750万円～900万円（経験・能力による）
・勤務地　　：茨城県つくばみらい市（転居の場合は社宅あり）
・選考フロー：書類 → 一次（部長） → 適性検査 → 最終（役員）

ご推薦は従来どおり、各社の推薦フォーマットにてお送りください。
よろしくお願いいたします。
""" + SIG_SHIOMI,
    "attachments": [
        {"kind": "pdf", "name": "求人票_生産管理課長候補_茨城工場.pdf", "title": "求人票",
         "lines": ["求人票　生産管理部 課長候補", "", "会社名：日の出産業株式会社",
                   "勤務地：茨城県つくばみらい市絹の台３－２（茨城工場）",
                   "仕事内容：生産計画の立案、工程管理、原価低減の推進、部下８名のマネジメント",
                   "必須要件：製造業での生産管理経験５年以上、マネジメント経験",
                   "歓迎要件：ERP（SAP等）導入経験、TOEIC６００点以上",
                   "年収：750万円～900万円　賞与年２回　昇給年１回",
                   "休日：年間休日１２２日（土日祝、GW・夏季・年末年始）"]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "job order sent to four competing agencies in To: they all see each other, should be Bcc",
},
{
    "id": "referencecheck-005",
    "charset": "utf-8",
    "sender": "五百旗頭 亮 <iokibe.ryo@hinode-sangyo.co.jp>",
    "to": ["岡 技術士事務所 岡 様 <oka@oka-gijutsu.jp>"],
    "cc": ["shiomi.maho@hinode-sangyo.co.jp"],
    "subject": "来週の技術面接（1名）の職務経歴書をお送りします",
    "body": """岡先生

いつもお世話になっております。日の出産業の五百旗頭です。
来週火曜に同席をお願いしております技術面接の候補者1名について、
職務経歴書を添付いたします。
特に3ページ目の制御設計のプロジェクトについて、深掘りのご質問を
いただければと考えております。

ご多忙のところ恐縮ですが、事前にお目通しいただけますと幸いです。
""" + SIG_IOKIBE,
    "attachments": [
        {"kind": "docx", "name": "職務経歴書_仁平.docx", "title": "職務経歴書",
         "paragraphs": ["職務経歴書", "2025年10月20日現在",
                        "氏名：仁平 拓真（にひら たくま）",
                        "生年月日：1988年9月3日（37歳）",
                        "住所：埼玉県さいたま市浦和区高砂３－１１－２０－６０４",
                        "電話：090-8135-4402　メール：t.nihira.eng@outlook.jp",
                        "■職務要約",
                        "産業用ロボットの制御ソフトウェア開発に12年従事。PLC・モーション制御の設計からフィールド立上げまで一貫して担当。",
                        "■職務経歴"],
         "tables": [[["期間", "会社", "業務内容"],
                     ["2013/4～2019/3", "株式会社北斗オートメーション", "搬送ロボット制御設計"],
                     ["2019/4～現在", "東雲精機株式会社", "溶接ロボットのモーション制御、チームリーダー（5名）"]]]},
    ],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one candidate's CV to the external interviewer: one person's record, may be warned",
},
{
    "id": "referencecheck-006",
    "charset": "cp932",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["上間 様 <uema@exec-horizon.co.jp>"],
    "subject": "RE: 兼城様 リファレンスチェックの状況について",
    "body": """上間様

お世話になっております。日の出産業の纐纈です。
兼城様のリファレンスにつき、昨日前職の上長の方とお話ができましたのでご報告します。

業務面の評価は非常に高く、特に海外拠点立上げのリーダーシップを評価されていました。
一方で、2022年に適応障害の診断を受けて約3か月休職されていた時期があり、
復職後は残業を月20時間以内に制限していたとのことです。
弊社ポジションは繁忙期の負荷が高いため、ご本人の現在の体調や働き方のご希望を、
上間様から一度さりげなく確認いただけないでしょうか。

以上、よろしくお願いいたします。

> 纐纈様
> お世話になっております。エグゼホライズンの上間です。
> 兼城様のリファレンス先（前職上長）へのご連絡はその後いかがでしょうか。
> ご本人からは今週中の結果を気にされているとのことでした。
""" + SIG_KOKETSU,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reference result naming the candidate's mental-health diagnosis and sick leave sent to a headhunter",
},
{
    "id": "referencecheck-007",
    "charset": "iso-2022-jp",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 <jinji@kawasaki-denky.co.jp>"],
    "subject": "リファレンスチェックご協力のお願い",
    "body": """川崎電機株式会社
人事部 ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 人事部の纐纈でございます。

現在弊社の選考に進まれている蕨野様（御社ご出身）につきまして、
ご本人の同意をいただいたうえで、リファレンスチェックへのご協力を
お願いできればと存じます。

ご本人からは、御社在籍時の上長でいらした品質保証部の方をご推薦いただいております。
30分程度の電話ヒアリングを想定しておりますので、ご担当者様にお取り次ぎいただけますと幸いです。
同意書の写しが必要でしたらお送りいたします。

何卒よろしくお願い申し上げます。
""" + SIG_KOKETSU,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kawasaki-denky.co.jp is a one-letter look-alike of the partner kawasaki-denki.co.jp",
},
{
    "id": "referencecheck-008",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["ミライエージェント 薬師寺 <yakushiji@mirai-agent.co.jp>"],
    "subject": "Re: 【ご推薦】経理（連結決算）ポジション 6名",
    "body": """薬師寺様

お世話になっております。日の出産業の汐見です。
6名ものご推薦、ありがとうございました。

部門と書類を確認し、No.2 の方と No.5 の方に一次面接をお願いしたいと考えております。
その他の4名様は、今回は見送りとさせてください。
面接候補日は来週11/19(水)午後、11/20(木)終日です。ご調整をお願いいたします。

On 2025/11/10 17:42, 薬師寺 wrote:
> 日の出産業株式会社 汐見様
>
> いつもお世話になっております。ミライエージェントの薬師寺です。
> 経理（連結決算）ポジションに下記6名をご推薦いたします。
>
> No. 氏名         年齢  現職                 電話           メール
> 1   栗生 和真     34   上場メーカー経理      090-2231-7714  kazuma.kuryu@gmail.com
> 2   宇佐美 紗英   38   監査法人 シニア      080-5519-3302  sae.usami@yahoo.co.jp
> 3   門脇 陸       31   商社 経理            070-6630-1187  riku.kadowaki@icloud.com
> 4   鵜飼 千尋     42   外資系 FP&A          090-4408-2259  c.ukai@outlook.jp
> 5   土師 大地     36   IT企業 連結担当      080-7721-6640  daichi.haji@gmail.com
> 6   嶋津 葵       29   事業会社 経理        090-1182-5537  aoi.shimazu@gmail.com
>
> 各人の職務経歴書は弊社システムにアップロード済みです。
""" + SIG_SHIOMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the six-person list is only quoted back to the agency that sent it; new text carries no records",
},
{
    "id": "referencecheck-009",
    "charset": "utf-8",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["上間 様 <uema@exec-horizon.co.jp>"],
    "subject": "兼城様 条件提示書のご送付",
    "body": """上間様

お世話になっております。日の出産業の纐纈です。
兼城様への条件提示書を添付いたします。
ご本人へのご説明の際にご活用ください。回答期限は11月28日（金）でお願いいたします。
""" + SIG_KOKETSU,
    "attachments": [
        {"kind": "pdf", "name": "条件提示書_兼城様.pdf", "title": "条件提示書",
         "page_header": "社外秘", "page_footer": "日の出産業株式会社 人事部",
         "lines": ["条件提示書", "",
                   "兼城 亜希子 様", "現住所：沖縄県那覇市おもろまち４－３－１２－８０３", "",
                   "職位：海外事業部 担当部長（G6）",
                   "年俸：11,400,000円（月額 950,000円 × 12）",
                   "業績賞与：0～2,000,000円（目標達成度に応じて）",
                   "入社予定日：2026年2月1日",
                   "転居支援：引越費用実費、社宅（自己負担 月額25,000円）"]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["confidential_marking", "personal_data"],
    "note": "offer-terms PDF stamped 社外秘 in its page header, sent to the headhunter",
},
{
    "id": "referencecheck-010",
    "charset": "iso-2022-jp",
    "sender": "五百旗頭 亮 <iokibe.ryo@hinode-sangyo.co.jp>",
    "to": ["奏コンサルティング 左右田様 <souda@kanade-consulting.jp>"],
    "subject": "面接資料の送付（パスワード別送）",
    "body": """左右田様

お世話になっております。日の出産業の五百旗頭です。
来週の外部面接官としてのご同席、ありがとうございます。
候補者2名分の履歴書・職務経歴書をZIPにまとめてお送りします。
パスワードは別メールにてお知らせいたします。

よろしくお願いいたします。
""" + SIG_IOKIBE,
    "attachments": [
        {"kind": "zip", "name": "面接資料_1125.zip", "password": "Hnd#1125rc",
         "files": [
             {"kind": "pdf", "name": "履歴書_椎葉.pdf", "lines": ["履歴書", "氏名 椎葉 健太郎", "電話 090-3318-2207"]},
             {"kind": "docx", "name": "職務経歴書_御手洗.docx", "paragraphs": ["職務経歴書", "氏名 御手洗 瑛太"]},
         ]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP of CVs (PPAP) to an outside interviewer cannot be inspected",
},
{
    "id": "referencecheck-011",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["RPOワークス 門馬 様 <monma@rpo-works.co.jp>"],
    "subject": "業務引継ぎ用：応募者管理表の送付",
    "body": """RPOワークス株式会社
門馬様

お世話になっております。日の出産業の汐見です。
12月からの採用代行業務の開始にあたり、現時点の応募者管理表をお送りします。
シート「書類選考中」「面接中」の2つに分かれています。
ステータス更新は来週の定例からお願いできれば幸いです。
""" + SIG_SHIOMI,
    "attachments": [
        {"kind": "xlsx", "name": "応募者管理表_20251031.xlsx", "title": "応募者管理表",
         "sheets": {
             "書類選考中": [
                 ["応募者管理表（2025年10月31日時点）"],
                 [],
                 ["応募ID", "氏名", "生年月日", "電話", "メール", "応募職種", "現年収(万円)"],
                 ["A-2210", "百目鬼 翔", "1990/02/11", "090-6613-2048", "sho.dodomeki@gmail.com", "設備保全", 520],
                 ["A-2214", "轟 まどか", "1993/07/29", "080-2274-9931", "madoka.todoroki@yahoo.co.jp", "品質保証", 480],
                 ["A-2219", "真栄城 隼人", "1987/12/05", "070-3381-6620", "h.maeshiro@icloud.com", "生産技術", 610],
                 ["A-2223", "仁科 理沙", "1995/04/17", "090-7745-1182", "risa.nishina95@gmail.com", "購買", 430],
                 ["A-2227", "能勢 圭吾", "1984/10/30", "080-9102-5564", "keigo.nose@outlook.jp", "設備保全", 650],
             ],
             "面接中": [
                 ["応募者管理表（2025年10月31日時点）"],
                 [],
                 ["応募ID", "氏名", "生年月日", "電話", "メール", "応募職種", "次回面接"],
                 ["A-2188", "日出 真一", "1982/06/08", "090-2209-3375", "s.hiode@gmail.com", "生産管理", "11/07 一次"],
                 ["A-2193", "毒島 有紀", "1991/01/23", "080-4436-7718", "yuki.busujima@docomo.ne.jp", "品質保証", "11/10 最終"],
                 ["A-2201", "鬼頭 航平", "1989/08/14", "070-5528-9043", "kohei.kito@gmail.com", "生産技術", "11/12 二次"],
                 ["A-2205", "小此木 舞", "1994/03/02", "090-3316-4480", "mai.okonogi@yahoo.co.jp", "総務", "11/13 一次"],
             ],
         }},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX of nine applicants with birth dates, phones and e-mail to an outside RPO vendor",
},
{
    "id": "referencecheck-012",
    "charset": "iso-2022-jp",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["門馬 浩之 <monma.hiroyuki@hinode-sangyo.co.jp>"],
    "cc": ["人事部長 <jinji-bucho@hinode-sangyo.co.jp>"],
    "subject": "【人事限り】最終候補者のバックグラウンド調査結果",
    "body": """門馬部長

お疲れさまです。纐纈です。
経営企画部の最終候補者について、調査会社から報告書が届きましたので要点を共有します。

　対象者：椎名 康介（昭和６１年１月２２日生）
　学歴・職歴：申告内容と相違なし
　刑事記録：該当あり（平成３０年　業務上横領　懲役２年 執行猶予３年）
　破産歴・民事訴訟：該当なし

職務経歴書上は同時期に「一身上の都合により退職」となっています。
ご本人に面談で確認のうえ判断したいと考えておりますが、進め方についてご相談させてください。
本件は人事部と部長限りでお願いいたします。
""" + SIG_KOKETSU,
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "criminal record of a candidate, but every recipient is internal",
},
{
    "id": "referencecheck-013",
    "charset": "cp932",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["ヒカリリクルート 椎名様 <shiina@hikari-recruit.jp>"],
    "subject": "一次面接結果のご連絡（11/11実施分）",
    "body": """椎名様

いつもお世話になっております。日の出産業の汐見です。
11/11に実施した一次面接の結果をご連絡いたします。

・東海林 葵　様　　：通過（二次面接へ）
・九十九 健　様　　：通過（二次面接へ）
・汐入 大輔　様　　：見送り（即戦力としての経験がやや不足）
・月見里 彩　様　　：通過（二次面接へ）
・古閑 浩二　様　　：見送り（勤務地条件の不一致）

通過の3名様には二次面接の候補日を別途お送りいたします。
見送りの方々へのご連絡をお願いいたします。
""" + SIG_SHIOMI,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "five candidates' names with pass/fail to the agency that referred them: names and results only, no contact data",
},
{
    "id": "referencecheck-014",
    "charset": "utf-8",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["みなと行政書士事務所 鶴田先生 <tsuruta@minato-gyosei.jp>"],
    "subject": "在留資格変更許可申請のご依頼（内定者 グエン様）",
    "body": """鶴田先生

いつもお世話になっております。日の出産業の纐纈です。
先日ご相談しました内定者の在留資格変更（技術・人文知識・国際業務）について、
申請書類の作成をお願いいたします。本人情報は以下のとおりです。

　氏名（ローマ字）：NGUYEN VAN THANH
　生年月日：1994年3月8日
　国籍：ベトナム
　旅券番号：C4829175（有効期限 2031/05/19）
　在留カード番号：RS48271935EA
　現在の在留資格：留学（～2026/03/31）
　住所：東京都新宿区大久保２－１４－７ メゾン大久保３０１

雇用契約書・会社案内・登記簿謄本は来週郵送いたします。
""" + SIG_KOKETSU,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a candidate's passport and residence card numbers sent to an outside immigration scrivener",
},
{
    "id": "referencecheck-015",
    "charset": "iso-2022-jp",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["椎葉 健太郎 様 <k.shiiba.0722@yahoo.co.jp>"],
    "subject": "内定のご連絡（日の出産業株式会社）",
    "body": """〒212-0058
神奈川県川崎市幸区鹿島田１－６－９－４０５
椎葉 健太郎 様

日の出産業株式会社 人事部の纐纈でございます。
このたびは弊社の選考にご参加いただき、誠にありがとうございました。
慎重に選考いたしました結果、貴殿を採用内定とさせていただくことになりましたので、
ご連絡申し上げます。

　配属予定：技術本部 生産技術部
　入社予定日：令和８年１月５日
　年収：６８０万円（月給４５万円、賞与年２回）

正式な内定通知書と労働条件通知書は本日、ご自宅宛てに郵送いたしました。
ご承諾いただける場合は、同封の内定承諾書を１２月５日までにご返送ください。

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_KOKETSU,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "offer mail to the candidate himself with his own postal address: one person, free mail",
},
{
    "id": "referencecheck-016",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["ネクステージキャリア 京極様 <kyogoku@nexstage-career.co.jp>"],
    "subject": "宇良様 入社後の配慮事項について",
    "body": """京極様

お世話になっております。日の出産業の汐見です。
宇良 健斗様の入社準備につき、配属先と以下の点を共有いたしました。

・ご本人より、精神障害者保健福祉手帳（2級）をお持ちと伺っています。
・通院のため月1回、平日午前の半休を希望されている件は、配属先了承済みです。
・繁忙期の残業は月10時間を上限とし、産業医面談を入社後1か月で設定します。

上記の内容でご本人の認識と相違がないか、京極様から確認いただけますでしょうか。
よろしくお願いいたします。
""" + SIG_SHIOMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named candidate's disability certificate and clinic visits sent to the agency: sensitive data",
},
{
    "id": "referencecheck-017",
    "charset": "iso-2022-jp",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["寿サーチ 法務ご担当 <legal@kotobuki-search.co.jp>"],
    "subject": "秘密保持契約書（ドラフト）のご確認のお願い",
    "body": """株式会社寿サーチ
法務ご担当者様

お世話になっております。日の出産業の纐纈です。
エグゼクティブサーチのご依頼に先立ち、秘密保持契約（NDA）を締結させていただきたく、
弊社ひな形のドラフトを添付いたします。

主な論点は次の2点です。
１．秘密情報の範囲（候補者情報を含むか）
２．契約終了後の秘密保持期間（弊社案：３年）

修正のご希望がございましたら、変更履歴付きでご返送ください。
よろしくお願いいたします。
""" + SIG_KOKETSU + DISCLAIMER_JA,
    "attachments": [
        {"kind": "docx", "name": "秘密保持契約書_ドラフト_v1.docx", "title": "秘密保持契約書",
         "paragraphs": ["秘密保持契約書（案）",
                        "日の出産業株式会社（以下「甲」という。）と株式会社寿サーチ（以下「乙」という。）は、"
                        "甲が乙に委託する人材紹介業務に関し、次のとおり秘密保持契約を締結する。",
                        "第1条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した情報をいう。",
                        "第2条（秘密保持義務）受領者は、秘密情報を第三者に開示・漏えいしてはならない。",
                        "第3条（有効期間）本契約の有効期間は締結日から2年間とし、終了後も3年間は第2条の義務が存続する。"]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA with a draft contract; the standard disclaimer is not a marking",
},
{
    "id": "referencecheck-018",
    "charset": "cp932",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["トラストリサーチ 調査受付 <order@trust-research.co.jp>"],
    "subject": "バックグラウンド調査 依頼（6名）",
    "body": """株式会社トラストリサーチ
調査受付ご担当者様

お世話になっております。日の出産業の纐纈です。
標記の件、6名分の調査をお願いいたします（全員、本人同意書取得済み）。
調査項目は基本パッケージ（経歴確認・反社チェック・メディア調査）です。
対象者一覧はCSVで添付いたします。納期は２週間でお願いできれば幸いです。
""" + SIG_KOKETSU,
    "attachments": [
        {"kind": "csv", "name": "調査対象者一覧_1114.csv", "encoding": "cp932",
         "rows": [
             ["管理番号", "氏名", "フリガナ", "生年月日", "現住所", "直近勤務先"],
             ["BC-1101", "左右田 隆", "ソウダ タカシ", "S57.11.02", "東京都杉並区阿佐谷南２－３０－５", "株式会社明和テクノ"],
             ["BC-1102", "甘粕 奈央", "アマカス ナオ", "H4.5.19", "神奈川県横浜市港北区日吉本町４－８－１２", "丸成物産株式会社"],
             ["BC-1103", "栗生 和真", "クリュウ カズマ", "H3.1.7", "埼玉県川口市並木３－１９－２", "東邦精密工業株式会社"],
             ["BC-1104", "百目鬼 翔", "ドウメキ ショウ", "H2.2.11", "千葉県松戸市新松戸５－１１４－３", "北総ケミカル株式会社"],
             ["BC-1105", "仁科 理沙", "ニシナ リサ", "H7.4.17", "東京都大田区蒲田本町１－９－６", "株式会社サンライズ商会"],
             ["BC-1106", "能勢 圭吾", "ノセ ケイゴ", "S59.10.30", "茨城県つくば市竹園２－７－１", "筑波エンジニアリング株式会社"],
         ]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV of six people with 和暦 birth dates and home addresses to a background-check vendor",
},
{
    "id": "referencecheck-019",
    "charset": "iso-2022-jp",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": [
        "k.shiiba.0722@yahoo.co.jp",
        "mai.okonogi@yahoo.co.jp",
        "s.hiode@gmail.com",
        "yuki.busujima@docomo.ne.jp",
        "h.maeshiro@icloud.com",
    ],
    "subject": "１月入社予定の皆さまへ：入社前懇親会のご案内",
    "body": """１月入社予定の皆さま

日の出産業 人事部の汐見です。
このたびは入社のご決断をいただき、ありがとうございます。
入社前に、配属先の上長や同期入社の方と顔を合わせる懇親会を企画しました。

　日時：１２月１９日（金）１８：３０～２０：３０
　会場：さくらホテル日本橋 ２階「桜の間」
　会費：無料（お車でのご来場はご遠慮ください）

出欠を１２月１０日までに本メールへのご返信でお知らせください。
皆さまにお会いできることを楽しみにしております。
""" + SIG_SHIOMI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "five future hires' private addresses visible to each other in To: should have been Bcc",
},
{
    "id": "referencecheck-020",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["宇良様 <ura@career-bridge.co.jp>"],
    "subject": "最終面接（11/26）の当日連絡先のご確認",
    "body": """宇良様

お世話になっております。日の出産業の汐見です。
11/26(水)の最終面接について、当日の遅延等に備え、ご推薦時に伺った
緊急連絡先を下記のとおり控えております。相違がないかご確認ください。

  時刻    氏名           携帯
  ------  -------------  -------------
  10:00   鵜飼 千尋       090-4408-2259
  11:00   門脇 陸         070-6630-1187
  13:30   嶋津 葵         090-1182-5537
  14:30   土師 大地       080-7721-6640

会場は本社12階の役員会議室です。よろしくお願いいたします。
""" + SIG_SHIOMI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four candidates with phone numbers to their own agency: under five people, may be warned",
},
{
    "id": "referencecheck-021",
    "charset": "utf-8",
    "sender": "五百旗頭 亮 <iokibe.ryo@hinode-sangyo.co.jp>",
    "to": ["佐伯 淳 <saeki.jun@hinode-sangyo.com>"],
    "subject": "二次面接の候補者情報（真栄城さん）",
    "body": """佐伯さん

お疲れさまです。五百旗頭です。
明日の二次面接の候補者情報を送ります。面接前に目を通しておいてください。

氏名：真栄城 隼人（まえしろ はやと）
連絡先：070-3381-6620 / h.maeshiro@icloud.com
現職：株式会社琉星エンジニアリング 生産技術課 主任（在籍9年）
志望動機：設備の自動化を上流から担当したい

面接では、ライン立上げのトラブル対応の具体例を聞いてください。
""" + SIG_IOKIBE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "hinode-sangyo.com instead of the internal hinode-sangyo.co.jp: look-alike of the own domain",
},
{
    "id": "referencecheck-022",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["はなみずきHRパートナーズ 四方田様 <yomoda@hanamizuki-hr.jp>"],
    "subject": "取引中の人材紹介会社一覧（エージェント見直しのご相談）",
    "body": """四方田様

お世話になっております。日の出産業の汐見です。
来月のエージェント見直しのご相談に向けて、現在取引のある紹介会社の一覧をお送りします。

会社名\t代表電話\t所在地\t手数料率\t直近1年の決定数
キャリアブリッジ株式会社\t03-6811-2200\t東京都千代田区丸の内１－４－２\t35%\t4
株式会社ミライエージェント\t03-5412-7700\t東京都渋谷区渋谷２－１５－１\t33%\t6
ヒカリリクルート株式会社\t06-6201-3390\t大阪府大阪市北区梅田３－２－９\t30%\t2
ネクステージキャリア株式会社\t03-4500-8181\t東京都港区芝浦４－９－２５\t35%\t3
株式会社エグゼホライズン\t03-3217-5060\t東京都千代田区大手町２－３－６\t固定報酬\t1

決定数の少ない会社の扱いについて、ご意見をいただけますと幸いです。
""" + SIG_SHIOMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of businesses (agencies' switchboards and offices), not of people",
},
{
    "id": "referencecheck-023",
    "charset": "iso-2022-jp",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["RPOワークス 門馬 様 <monma@rpo-works.co.jp>"],
    "subject": "【社外秘】2026年度 中途採用計画（案）",
    "body": """【社外秘】

RPOワークス株式会社
門馬様

お世話になっております。日の出産業の纐纈です。
来期の委託範囲のお見積りのため、2026年度の中途採用計画（案）をお送りします。
取締役会承認前の数字ですので、取り扱いにご注意ください。

　技術系：18名（うち管理職 4名）
　営業系：9名
　管理部門：5名（経理2、法務1、人事2）
　採用予算：紹介手数料 1億2,000万円、媒体費 2,400万円
　重点：茨城工場の新ライン立上げ（2026年10月稼働）に向けた生産技術・保全

見積りは12月12日までにいただけますと助かります。
""" + SIG_KOKETSU,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "subject and body stamped 【社外秘】 going to an outside RPO vendor",
},
{
    "id": "referencecheck-024",
    "charset": "iso-2022-jp",
    "sender": "番場 健司 <bamba.kenji@hinode-sangyo.co.jp>",
    "to": ["誠光調査 お客様窓口 <support@seiko-chosa.co.jp>"],
    "subject": "初回調査費用のカード決済について",
    "body": f"""株式会社誠光調査
お客様窓口 御中

お世話になります。日の出産業 経理部の番場です。
人事部より依頼しております経歴調査（1件）の費用 66,000円（税込）について、
初回は法人カードでの決済をご希望とのことでしたので、以下をお知らせします。

　カード番号：{_card(2)}
　有効期限：09/28
　名義：HINODE SANGYO CO LTD / KENJI BAMBA

決済完了後、領収書をPDFでお送りいただけますでしょうか。

日の出産業株式会社 経理部 番場 健司
TEL 03-5201-4620
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a credit card number typed into mail to a background-check vendor",
},
{
    "id": "referencecheck-025",
    "charset": "utf-8",
    "sender": "番場 健司 <bamba.kenji@hinode-sangyo.co.jp>",
    "to": ["トラストリサーチ 経理部 <keiri@trust-research.co.jp>"],
    "subject": "請求書 No.TR-2025-1187 の登録番号について",
    "body": """株式会社トラストリサーチ
経理部 ご担当者様

いつもお世話になっております。日の出産業 経理部の番場です。
10月分の調査費用のご請求書（No.TR-2025-1187、金額 396,000円）を拝受しました。

インボイス制度の確認で、ご請求書記載の登録番号が「T3801234560137」となっておりますが、
国税庁の公表サイトの御社の番号と一致することを確認いたしました。念のためのご報告です。
お支払いは11月末日、みどり銀行 日本橋支店からのお振込となります。

日の出産業株式会社 経理部 番場 健司
TEL 03-5201-4620
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice number and the vendor's own T-number: company data, not people's",
},
# ---------------------------------------------------------------------------------- 026-050
{
    "id": "referencecheck-026",
    "charset": "utf-8",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["寿サーチ 御子柴様 <mikoshiba@kotobuki-search.co.jp>"],
    "subject": "FW: 【調査報告】経歴・公的記録調査 結果のご報告（管理番号 SK-0931）",
    "body": """御子柴様

お世話になっております。纐纈です。
ご推薦いただいた桑折様について、調査会社から下記の報告がありました。
ご本人から事情を伺いたいので、面談の設定をお願いできますか。

-------- Forwarded Message --------
From: 誠光調査 調査部 <report@seiko-chosa.co.jp>
Subject: 【調査報告】経歴・公的記録調査 結果のご報告（管理番号 SK-0931）

日の出産業株式会社 纐纈様

ご依頼の調査結果を報告いたします。

対象者：桑折 慎吾（こおり しんご） 1985年7月21日生
1. 学歴：東北学院大学 経済学部 2008年卒（確認済）
2. 職歴：申告3社のうち2社確認、1社（2016～2017）は在籍記録なし
3. 公的記録：2017年3月、傷害容疑で逮捕歴あり（報道記事2件で確認、処分結果は不明）
4. 反社会的勢力との関係：該当情報なし

詳細は添付の報告書をご参照ください。
""",
    "attachments": [
        {"kind": "pdf", "name": "調査報告書_SK-0931.pdf", "title": "調査報告書",
         "lines": ["調査報告書（管理番号 SK-0931）", "株式会社誠光調査", "",
                   "対象者：桑折 慎吾　生年月日：1985年7月21日",
                   "住所：宮城県仙台市青葉区国分町２－１０－１７－１２０２",
                   "公的記録：2017年3月 傷害容疑で逮捕（地方紙 2017/3/14、3/16 掲載）",
                   "在籍確認：株式会社杜の都物流（2016/4～2017/3 申告）在籍記録なし"]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forwarded background report with a candidate's arrest record sent on to the headhunter",
},
{
    "id": "referencecheck-027",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["五百旗頭 亮 <iokibe.ryo@hinode-sangyo.co.jp>", "saeki.jun@hinode-sangyo.co.jp"],
    "cc": ["ibaraki-koujou-soumu@mail.hinode-sangyo.co.jp"],
    "subject": "茨城工場 保全職 応募者一覧（面接官の皆さま用）",
    "body": """面接官の皆さま

お疲れさまです。採用グループの汐見です。
茨城工場の保全職の応募者一覧を添付します（10名、連絡先付き）。
社内の面接官限りでの利用をお願いします。
""" + SIG_SHIOMI,
    "attachments": [
        {"kind": "xlsx", "name": "保全職_応募者一覧.xlsx",
         "sheets": {"一覧": [
             ["No", "氏名", "年齢", "住所", "携帯", "メール", "保有資格"],
             [1, "猿渡 健", 41, "茨城県土浦市中央１－２－３", "090-1111-3920", "ken.saruwatari@gmail.com", "電気主任技術者3種"],
             [2, "蓬田 悠", 35, "茨城県つくば市吾妻２－８－１", "080-2203-4471", "yomogida.yu@yahoo.co.jp", "機械保全技能士2級"],
             [3, "鰐淵 大樹", 29, "茨城県取手市新町３－４－５", "070-3349-1186", "d.wanibuchi@icloud.com", "第二種電気工事士"],
             [4, "雲母 誠", 46, "千葉県柏市柏４－７－２", "090-5560-2217", "makoto.kirara@gmail.com", "エネルギー管理士"],
             [5, "舎利倉 亜衣", 32, "茨城県守谷市中央２－１－９", "080-6651-0033", "ai.sharikura@outlook.jp", "危険物乙4"],
             [6, "纒田 達也", 38, "茨城県龍ケ崎市寺後３－３－１", "090-7782-4415", "t.matoida@gmail.com", "ボイラー技士2級"],
             [7, "御園生 光", 27, "茨城県牛久市中央５－２０－８", "070-8803-2290", "hikaru.misonou@docomo.ne.jp", "第二種電気工事士"],
             [8, "宍戸 拓", 44, "茨城県水戸市南町１－５－３", "090-9914-6628", "taku.shishido@gmail.com", "機械保全技能士1級"],
             [9, "廿日出 恵", 33, "埼玉県三郷市中央１－１－４", "080-1025-7741", "megumi.hatsukade@yahoo.co.jp", "QC検定2級"],
             [10, "勅使河原 翼", 30, "茨城県つくばみらい市富士見ヶ丘２－６", "070-2236-5519", "tsubasa.teshigawara@gmail.com", "電験3種（科目合格）"],
         ]}},
    ],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "ten applicants with contacts, but all recipients are internal (including a mail. subdomain)",
},
{
    "id": "referencecheck-028",
    "charset": "utf-8",
    "sender": "Rina Tachibana <tachibana.rina@hinode-sangyo.co.jp>",
    "to": ["Daniel Okafor <dokafor.career@gmail.com>", "Helen Marsh <h.marsh@ascend-partners.com>"],
    "cc": ["Kenji Kirishima <kenji@kirishima-advisory.com>"],
    "subject": "Final interview - Regional Sales Director (APAC) - 3 Dec",
    "body": """Dear Daniel, Helen and Kirishima-san,

Thank you all for your flexibility. I am pleased to confirm the final interview:

  Date:   Wednesday, 3 December 2025, 16:00-17:30 JST
  Format: Video call (link to follow from our side)
  Panel:  Hiroyuki Monma (Head of Corporate Planning), Kenji Kirishima (external advisor)

Helen, could you please brief Daniel on the case presentation (15 minutes)?
Kirishima-san, the candidate's materials will be shared with you separately.

Looking forward to it.
""" + SIG_TACHIBANA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "candidate (free mail), search firm and outside advisor: three external parties see each other",
},
{
    "id": "referencecheck-029",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["リファレンスプロ 受付 <request@refcheck-pro.jp>"],
    "subject": "リファレンスチェック依頼（5件）",
    "html": """<html><body>
<p>株式会社リファレンスプロ<br>ご担当者様</p>
<p>お世話になっております。日の出産業の汐見です。<br>
下記5件のリファレンスチェックをお願いいたします。推薦者の方にはご本人から連絡済みです。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>候補者</th><th>候補者 携帯</th><th>推薦者</th><th>推薦者の関係</th><th>推薦者 連絡先</th></tr>
<tr><td>百目鬼 翔</td><td>090-6613-2048</td><td>湯浅 光太郎</td><td>前職上長</td><td>080-3324-1175 / k.yuasa.hm@gmail.com</td></tr>
<tr><td>轟 まどか</td><td>080-2274-9931</td><td>志賀 瞳</td><td>前職同僚</td><td>090-2217-8836 / hitomi.shiga@yahoo.co.jp</td></tr>
<tr><td>鬼頭 航平</td><td>070-5528-9043</td><td>大豆生田 誠</td><td>前々職上長</td><td>080-6618-4402 / omameuda.m@outlook.jp</td></tr>
<tr><td>日出 真一</td><td>090-2209-3375</td><td>八月朔日 聡</td><td>前職部下</td><td>070-4490-3317 / hozumi.satoshi@gmail.com</td></tr>
<tr><td>小此木 舞</td><td>090-3316-4480</td><td>四月一日 里奈</td><td>前職上長</td><td>090-8872-1140 / rina.watanuki@icloud.com</td></tr>
</table>
<p>報告書は各件3営業日以内にいただけますと幸いです。</p>
<p>--<br>日の出産業株式会社 人事部 採用グループ 汐見 真帆<br>TEL 03-5201-4410</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of five candidates and their referees' mobiles/e-mails to a reference-check vendor",
},
{
    "id": "referencecheck-030",
    "charset": "utf-8",
    "sender": "Rina Tachibana <tachibana.rina@hinode-sangyo.co.jp>",
    "to": ["Helen Marsh <h.marsh@ascend-partners.com>"],
    "subject": "Role brief: Regional Sales Director (APAC)",
    "body": """Hi Helen,

As discussed on Monday, here is the brief for the Regional Sales Director search.

- Reports to: Head of Corporate Planning (Tokyo), dotted line to the Singapore MD
- Scope: distributor management in ASEAN and Australia, team of 6
- Must have: 10+ years in industrial B2B sales, P&L ownership, business-level Japanese
- Location: Singapore (preferred) or Tokyo
- Package: base SGD 260-300k plus 30% bonus target, housing for Tokyo-based hire
- Timeline: shortlist by 15 Dec, start by April 2026

Our standard fee terms (30% of first-year base) apply as per the master agreement.
Let me know if you need anything else to start the mapping.
""" + SIG_TACHIBANA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary English search brief to one search firm, no personal data",
},
{
    "id": "referencecheck-031",
    "charset": "iso-2022-jp",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-Iaw.jp>"],
    "subject": "労働条件通知書（管理職・中途）競業避止条項のご相談",
    "body": """白川先生

いつも大変お世話になっております。日の出産業の纐纈です。
中途採用の管理職向け労働条件通知書について、競業避止条項の書きぶりをご相談させてください。

現行案：「退職後２年間、当社と競合する事業を営む会社に就職してはならない」
懸念点：期間・地域・代償措置の定めがなく、有効性に疑義があるのではないか

来週中に３０分ほどお時間をいただけますでしょうか。
""" + SIG_KOKETSU,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "shirakawa-Iaw.jp uses a capital I for the l of the partner law firm's shirakawa-law.jp",
},
{
    "id": "referencecheck-032",
    "charset": "cp932",
    "sender": "五百旗頭 亮 <iokibe.ryo@hinode-sangyo.co.jp>",
    "to": ["宇良様 <ura@career-bridge.co.jp>"],
    "cc": ["岡 先生 <oka@oka-gijutsu.jp>", "shiomi.maho@hinode-sangyo.co.jp"],
    "subject": "技術面接（12/2）の進行について",
    "body": """宇良様、岡先生

お世話になっております。日の出産業の五百旗頭です。
12/2(火)の技術面接の進行を以下のとおりといたします。

　14:00-14:10　会社・部署紹介（五百旗頭）
　14:10-14:40　これまでのご経験のプレゼン（候補者様）
　14:40-15:10　技術質疑（岡先生、五百旗頭）
　15:10-15:20　候補者様からの質問

宇良様から候補者様へ、プレゼン資料（10枚程度）のご準備をお伝えいただけますか。
岡先生には当日13:45にお越しいただけますと幸いです。
""" + SIG_IOKIBE,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations (agency and outside interviewer) in a normal three-way meeting mail",
},
{
    "id": "referencecheck-033",
    "charset": "iso-2022-jp",
    "sender": "比嘉 ちひろ <higa.chihiro@hinode-sangyo.co.jp>",
    "to": ["トラストリサーチ 調査受付 <order@trust-research.co.jp>"],
    "subject": "運転記録証明の取得代行のお願い（配送職 内定者）",
    "body": """株式会社トラストリサーチ
ご担当者様

お世話になっております。日の出産業 人事部の比嘉です。
配送職で内定を出した方について、運転記録証明（過去５年）の取得代行をお願いします。
ご本人の委任状は本日郵送しました。

　氏名：蓬莱 大吾（ホウライ ダイゴ）
　生年月日：昭和６３年８月１９日
　運転免許証番号：３０１４８７２２６５１０
　免許の種類：中型・大型特殊

よろしくお願いいたします。
""" + SIG_HIGA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a hire's driver's licence number (full-width digits) sent to an outside vendor",
},
{
    "id": "referencecheck-034",
    "charset": "utf-8",
    "sender": "比嘉 ちひろ <higa.chihiro@hinode-sangyo.co.jp>",
    "to": ["真栄城 隼人 様 <h.maeshiro@icloud.com>"],
    "subject": "ご入社にあたってのご案内（提出書類・初日のご案内）",
    "body": """真栄城 隼人 様

日の出産業 人事部 労務課の比嘉です。
1月5日のご入社に向けて、ご準備いただきたいものをご案内します。

【初日にお持ちいただくもの】
　・マイナンバーカードのコピー（または通知カード＋本人確認書類のコピー）
　・年金手帳または基礎年金番号通知書のコピー
　・前職の源泉徴収票、雇用保険被保険者証
　・給与振込口座のわかるもの（通帳の写し等）

※マイナンバー等は、メールやLINEでは絶対にお送りにならないでください。
　初日に労務課が対面でお預かりします。

【初日の集合】
　1月5日（月）9:00　本社8階 人事部受付

ご不明点は本メールにご返信ください。
""" + SIG_HIGA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "onboarding instructions that only mention My Number documents; no numbers, one free-mail recipient",
},
{
    "id": "referencecheck-035",
    "charset": "utf-8",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["能勢 圭吾 様 <keigo.nose@outlook.jp>"],
    "subject": "内定通知書のご送付（パスワード付きPDF）",
    "body": """能勢 圭吾 様

日の出産業 人事部の纐纈です。
内定通知書および労働条件通知書をPDFにてお送りします。
PDFを開く際のパスワードは、お電話でお伝えした生年月日8桁です。

内容をご確認のうえ、ご承諾いただける場合は内定承諾書にご署名のうえご返送ください。
""" + SIG_KOKETSU,
    "attachments": [
        {"kind": "pdf", "name": "内定通知書_能勢様.pdf", "password": "19841030",
         "lines": ["内定通知書", "能勢 圭吾 様", "貴殿を下記のとおり採用することを内定しました。",
                   "入社日：2026年1月5日", "配属：茨城工場 保全課"]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "password-protected PDF offer letter: the attachment cannot be scanned",
},
{
    "id": "referencecheck-036",
    "charset": "utf-8",
    "sender": "門馬 浩之 <monma.hiroyuki@hinode-sangyo.co.jp>",
    "to": ["奏コンサルティング 左右田様 <souda@kanade-consulting.jp>"],
    "subject": "FW: 経営企画マネージャー候補 ロングリスト（8名）",
    "body": """左右田さん

お世話になっています。門馬です。
エグゼホライズンから届いたロングリストを転送します。
来週の打合せまでに、当社の事業計画との適合度の観点で絞り込みのご意見をください。

---------- 転送メッセージ ----------
差出人: 上間 <uema@exec-horizon.co.jp>
日付: 2025年11月14日 18:02
件名: 経営企画マネージャー候補 ロングリスト（8名）
宛先: 門馬 浩之 <monma.hiroyuki@hinode-sangyo.co.jp>

門馬様

ロングリストをお送りします（ご本人の打診承諾済み）。

氏名\t年齢\t現職\t連絡先\tメール
小鳥遊 慧\t39\t総合商社 経営企画部\t090-3374-2281\tkei.takanashi@gmail.com
五月女 絢子\t42\t外資コンサル マネージャー\t080-4416-9902\tayako.saotome@outlook.jp
一尺八寸 誠\t37\t化学メーカー 事業企画\t070-2259-6634\tmakoto.kamatsuka@yahoo.co.jp
東海林 葵\t35\t精密機器 経営戦略室\t090-6603-1158\taoi.shoji.0412@gmail.com
帯刀 秀一\t44\tPEファンド VP\t080-7735-4420\tshuichi.tatewaki@icloud.com
春夏冬 美咲\t36\tIT企業 CFO室\t090-1187-3305\tmisaki.akinashi@gmail.com
善知鳥 亮介\t41\t電機メーカー 経営企画\t070-9921-4476\tryosuke.utou@outlook.jp
汐入 大輔\t38\t物流大手 事業開発\t080-5538-2217\tdaisuke.shioiri@gmail.com

上間
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "forwarding a headhunter's eight-person tab-separated longlist to a third company: the forward is new text",
},
{
    "id": "referencecheck-037",
    "charset": "utf-8",
    "sender": "Rina Tachibana <tachibana.rina@hinode-sangyo.co.jp>",
    "to": ["Account Management <accounts@verity-screening.com>"],
    "subject": "Renewal of screening services agreement - FY2026",
    "body": """Dear Verity Screening team,

Our agreement for pre-employment screening services (ref. VS-JP-0442) expires on
31 March 2026. We would like to renew it for another year on the following basis:

1. Same package scope (education, employment and global sanctions checks)
2. Volume estimate: 40-50 checks per year, mostly for Singapore and Thailand hires
3. Turnaround: 5 business days standard, 2 days express

Could you send us the updated rate card and the renewal form by the end of January?

""" + SIG_TACHIBANA + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contract renewal with a screening vendor; the legal disclaimer is not a marking",
},
{
    "id": "referencecheck-038",
    "charset": "iso-2022-jp",
    "sender": "比嘉 ちひろ <higa.chihiro@hinode-sangyo.co.jp>",
    "to": ["さくらが丘クリニック 産業保健窓口 <sangyo@sakuragaoka-clinic.jp>"],
    "subject": "雇入時健康診断の結果について（産業医面談のご相談）",
    "body": """さくらが丘クリニック
産業医 藤ヶ谷先生

いつもお世話になっております。日の出産業 労務課の比嘉です。
１２月入社の中途社員の雇入時健康診断で、下記の所見がありました。
配属前に産業医面談をお願いできますでしょうか。

　氏名：粟飯原 智也（３４歳・男性）
　血圧：１６８／１０２ mmHg（要精密検査）
　HbA1c：７．４％（要治療）
　既往歴：２型糖尿病（２０２１年～、前職在籍中に診断、服薬中断中）
　配属予定：茨城工場 交替勤務

夜勤を含む交替勤務の可否についてご意見をいただけますと幸いです。
""" + SIG_HIGA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named hire's health check results and diabetes history sent to an outside clinic",
},
{
    "id": "referencecheck-039",
    "charset": "utf-8",
    "sender": "Rina Tachibana <tachibana.rina@hinode-sangyo.co.jp>",
    "to": ["Helen Marsh <h.marsh@ascend-partners.com>"],
    "subject": "Salary bands for the APAC search",
    "body": """Hi Helen,

Attached are our internal grade and salary bands so you can calibrate candidates' expectations.
Please use them for your own reference only.
""" + SIG_TACHIBANA,
    "attachments": [
        {"kind": "xlsx", "name": "Grade_Salary_Bands_FY2025.xlsx", "title": "Grade and salary bands",
         "page_header": "CONFIDENTIAL - Hinode Sangyo HR",
         "sheets": {
             "Bands": [
                 ["Hinode Sangyo - Grade and Salary Bands FY2025 (Confidential)"],
                 ["Grade", "Title", "Base min (JPY k)", "Base mid", "Base max", "Bonus target"],
                 ["G5", "Manager", 8500, 9800, 11200, "20%"],
                 ["G6", "Senior Manager / 担当部長", 10500, 12000, 13800, "25%"],
                 ["G7", "Director", 13000, 15000, 17500, "30%"],
                 ["G8", "Executive Officer", 17000, 20000, 24000, "40%"],
             ],
             "SG allowances": [
                 ["Item", "Amount (SGD/month)"],
                 ["Housing", 6500], ["Education (per child)", 2500], ["Car", 1800],
             ],
         }},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "XLSX with a CONFIDENTIAL page header and title row sent to an outside search firm",
},
{
    "id": "referencecheck-040",
    "charset": "iso-2022-jp",
    "sender": "五百旗頭 亮 <iokibe.ryo@hinode-sangyo.co.jp>",
    "to": ["ネクステージキャリア 京極様 <kyogoku@nexstage-career.co.jp>"],
    "subject": "Re: 【面接フィードバックのお願い】御園生様",
    "body": """京極様

お世話になっております。日の出産業の五百旗頭です。
御園生様の一次面接のフィードバックをお送りします。

・よかった点：保全の現場経験が具体的で、トラブル時の判断の根拠を論理的に説明できていた。
・懸念点：設備投資の計画段階の経験が少ない。二次面接で深掘りしたい。
・総合：通過。二次面接は工場長が担当します。

ご本人にもよろしくお伝えください。

> 五百旗頭様
> 本日はお時間をいただきありがとうございました。
> 御園生様の面接のご感想を、差し支えない範囲でお聞かせいただけますでしょうか。
""" + SIG_IOKIBE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary interview feedback to the referring agency; no contact data, nothing sensitive",
},
{
    "id": "referencecheck-041",
    "charset": "cp932",
    "sender": "比嘉 ちひろ <higa.chihiro@hinode-sangyo.co.jp>",
    "to": ["関東機械工業健康保険組合 適用課 <tekiyo@kenpo-kantokikai.or.jp>"],
    "subject": "被保険者資格取得に伴う被扶養者認定のご確認",
    "body": """関東機械工業健康保険組合
適用課 ご担当者様

お世話になっております。日の出産業（事業所記号 ５７）の比嘉です。
12月1日入社の被保険者について、被扶養者の認定をお願いするにあたり、
配偶者が現在加入している健康保険の資格喪失日が確認できましたのでお知らせします。

　被保険者：粟飯原 智也（平成3年6月14日生）
　被扶養者（配偶者）：粟飯原 遥（平成4年2月3日生）
　配偶者の現加入保険：全国健康保険協会 東京支部
　　保険証 記号 ０１２３０４５６　番号 ７８
　資格喪失日：令和7年11月30日

認定に必要な書類がほかにございましたらご指示ください。
""" + SIG_HIGA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "a spouse's health insurance card symbol and number sent to an outside insurer",
},
{
    "id": "referencecheck-042",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["ミライエージェント 薬師寺 <yakushiji@mirai-agent.co.jp>"],
    "subject": "Re: 組織図のご提供について",
    "body": """薬師寺様

お世話になっております。日の出産業の汐見です。
候補者様へのご説明用に組織図を、とのご依頼の件ですが、
弊社の詳細な組織図は社外秘扱いとなっておりますため、そのままお渡しすることができません。
大変申し訳ございません。

代わりに、経理部の体制を以下のとおり文章でご説明いただく分には差し支えございません。
　・経理部長の下に、財務会計課（8名）と連結決算課（5名）
　・今回のポジションは連結決算課の主任クラス
　・課長は監査法人出身、平均年齢は38歳

ご理解のほどよろしくお願いいたします。
""" + SIG_SHIOMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the word 社外秘 is only mentioned (a refusal), the mail itself is not marked",
},
{
    "id": "referencecheck-043",
    "charset": "iso-2022-jp",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": [
        "豊島工業 人事部 真壁様 <makabe@toyoshima-kogyo.co.jp>",
        "港ケミカル 総務部 仁平様 <nihira.y@minato-chemical.co.jp>",
        "青嵐製薬 人事グループ 坂東様 <bando@seiran-pharma.co.jp>",
    ],
    "subject": "リファレンスのお願い（日の出産業 纐纈）",
    "body": """各社ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の纐纈と申します。
弊社の選考に進まれている方より、前職・前々職のご推薦者として皆様のお名前を伺い、
ご連絡差し上げました。

ご本人の同意は取得済みです。２０～３０分程度、お電話にてご在籍時のご様子を
伺えれば幸いです。ご都合のよい日時を２、３お知らせいただけますでしょうか。

何卒よろしくお願い申し上げます。
""" + SIG_KOKETSU,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three referees at three different companies in one To line: they see each other",
},
{
    "id": "referencecheck-044",
    "charset": "utf-8",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["誠光調査 営業部 鳩山様 <hatoyama@seiko-chosa.co.jp>"],
    "subject": "Re: 調査パッケージ料金表について",
    "body": """鳩山様

お世話になっております。日の出産業の纐纈です。
料金表をお送りいただきありがとうございました。
社内比較用にこちらで整理した表を添付します。認識に誤りがあればご指摘ください。

特に「海外学歴確認」の追加料金と、年間契約時の割引率について確認させてください。
""" + SIG_KOKETSU,
    "attachments": [
        {"kind": "xlsx", "name": "調査パッケージ比較.xlsx",
         "sheets": {"比較": [
             ["パッケージ", "内容", "単価（税抜）", "納期", "備考"],
             ["ライト", "反社チェック・メディア調査", 18000, "3営業日", ""],
             ["スタンダード", "ライト＋学歴・職歴確認（2社まで）", 60000, "7営業日", "推奨"],
             ["プレミアム", "スタンダード＋リファレンス2名・公的記録", 120000, "10営業日", "管理職向け"],
             ["オプション", "海外学歴確認", 35000, "+10営業日", "要確認"],
         ]}},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "vendor price list comparison: product data, no people",
},
{
    "id": "referencecheck-045",
    "charset": "utf-8",
    "sender": "能登谷 沙織 <notoya.saori@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム ヘルプデスク <helpdesk@tsubasa-systems.jp>"],
    "subject": "新入社員アカウント発行依頼（12/1入社 1名）",
    "body": """ツバサシステム株式会社
ヘルプデスク ご担当者様

いつもお世話になっております。日の出産業 総務部の能登谷です。
12月1日入社の中途社員1名について、アカウントの発行をお願いいたします。

　氏名：粟飯原 智也（Aihara Tomoya）
　所属：茨城工場 生産技術課
　メールアドレス（希望）：aihara.tomoya@hinode-sangyo.co.jp
　PC：標準ノートPC（キッティング済みを11/28までに工場へ発送）
　初期パスワード通知先（本人私用携帯）：080-2291-7734

よろしくお願いいたします。
""" + SIG_NOTOYA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "tsubasa-systems.jp has an extra letter: look-alike of the partner tsubasa-system.jp",
},
{
    "id": "referencecheck-046",
    "charset": "iso-2022-jp",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>"],
    "bcc": [
        "ura@career-bridge.co.jp", "hojin@mirai-agent.co.jp", "shiina@hikari-recruit.jp",
        "client-desk@nexstage-career.co.jp", "uema@exec-horizon.co.jp", "mikoshiba@kotobuki-search.co.jp",
    ],
    "subject": "年末年始休業および選考スケジュールのお知らせ",
    "body": """人材紹介会社 ご担当者各位
（本メールはBCCにて一斉送信しております）

平素より弊社の採用活動にご協力いただき、誠にありがとうございます。
年末年始の休業と、選考スケジュールについてお知らせいたします。

　休業期間：１２月２７日（土）～１月４日（日）
　１２月２５日以降にいただいたご推薦は、１月５日以降の書類選考となります。
　年内最終の面接日は１２月２４日（水）です。

来年もどうぞよろしくお願い申し上げます。
""" + SIG_SHIOMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "announcement to six agencies correctly sent in Bcc; To is the sender herself",
},
{
    "id": "referencecheck-047",
    "charset": "utf-8",
    "sender": "能登谷 沙織 <notoya.saori@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 導入支援 百瀬様 <momose@tsubasa-system.jp>"],
    "subject": "1月入社者 5名分のPC・アカウント準備のお願い",
    "body": """ツバサシステム株式会社
百瀬様

お世話になっております。日の出産業 総務部の能登谷です。
1月5日入社の中途社員5名分の準備をお願いいたします。
初期パスワードは各人の私用携帯にSMSでお送りいただく運用でお願いします。

■1人目
氏名：椎葉 健太郎（シイバ ケンタロウ）
生年月日：1989年7月22日
私用携帯：090-3318-2207
私用メール：k.shiiba.0722@yahoo.co.jp
配属：技術本部 生産技術部

■2人目
氏名：小此木 舞（オコノギ マイ）
生年月日：1994年3月2日
私用携帯：090-3316-4480
私用メール：mai.okonogi@yahoo.co.jp
配属：総務部

■3人目
氏名：日出 真一（ヒオデ シンイチ）
生年月日：1982年6月8日
私用携帯：090-2209-3375
私用メール：s.hiode@gmail.com
配属：茨城工場 生産管理課

■4人目
氏名：毒島 有紀（ブスジマ ユキ）
生年月日：1991年1月23日
私用携帯：080-4436-7718
私用メール：yuki.busujima@docomo.ne.jp
配属：品質保証部

■5人目
氏名：真栄城 隼人（マエシロ ハヤト）
生年月日：1987年12月5日
私用携帯：070-3381-6620
私用メール：h.maeshiro@icloud.com
配属：技術本部 生産技術部
""" + SIG_NOTOYA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five new hires, one block each, with birth dates and private contacts to the IT partner",
},
{
    "id": "referencecheck-048",
    "charset": "cp932",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["人事部長 <jinji-bucho@hinode-sangyo.co.jp>"],
    "subject": "兼城様 リファレンス結果（メモ）",
    "body": """部長

お疲れさまです。纐纈です。兼城様のリファレンス結果のメモです。

・推薦者：前職 海外事業本部長（直属上長）
・評価：タイ・ベトナム拠点の立上げを主導、現地スタッフからの信頼が厚い
・留意点：2022年に適応障害で約3か月休職。復職後は問題なく勤務。
・本人確認：面談で本人から説明あり、現在は通院終了とのこと

条件提示は予定どおり進めたいと考えています。
""" + SIG_KOKETSU,
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "reference notes with a health history, but sent only inside the company",
},
{
    "id": "referencecheck-049",
    "charset": "iso-2022-jp",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["ヒカリリクルート 椎名様 <shiina@hikari-recruit.jp>"],
    "subject": "月見里様 労働条件通知書（案）",
    "body": """椎名様

お世話になっております。日の出産業の汐見です。
月見里様の労働条件通知書（案）を添付いたします。
ご本人へのご説明前に、椎名様にてご確認いただけますでしょうか。
""" + SIG_SHIOMI,
    "attachments": [
        {"kind": "corrupt", "name": "労働条件通知書_月見里様.docx"},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the DOCX attachment is corrupt and cannot be inspected",
},
{
    "id": "referencecheck-050",
    "charset": "utf-8",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["寿サーチ 御子柴様 <mikoshiba@kotobuki-search.co.jp>"],
    "subject": "五月女様 リファレンスのご報告",
    "body": """御子柴様

お世話になっております。日の出産業の纐纈です。
五月女様のリファレンス（前職の上長・同僚の2名）が完了しました。

お二方とも、プロジェクト推進力とクライアント対応を高く評価されていました。
なお、2023年に半年ほど、ご家庭の事情と体調面の理由から時短勤務をされていた時期が
あるとのことでした。現在はフルタイムで問題なく勤務されているそうです。

弊社としては最終面接に進んでいただく方向です。日程調整をお願いいたします。
""" + SIG_KOKETSU,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a vague 体調面 mention about a named candidate to a headhunter: health data or not is debatable",
},
# ---------------------------------------------------------------------------------- 051-075
{
    "id": "referencecheck-051",
    "charset": "utf-8",
    "sender": "比嘉 ちひろ <higa.chihiro@hinode-sangyo.co.jp>",
    "to": ["給与計算パートナーズ 運用チーム <ops@kyuyo-partners.co.jp>"],
    "subject": "【給与計算】12月入社者の従業員マスタ登録のお願い",
    "body": """給与計算パートナーズ株式会社
運用チーム ご担当者様

お世話になっております。日の出産業 労務課の比嘉です。
12月入社者1名の従業員マスタ登録用データを添付します。
年末調整対象となりますので、扶養情報のシートもご確認ください。
""" + SIG_HIGA,
    "attachments": [
        {"kind": "xlsx", "name": "従業員マスタ登録_202512入社.xlsx",
         "sheets": {
             "基本情報": [
                 ["社員番号", "氏名", "カナ", "生年月日", "住所", "個人番号"],
                 ["H25-1201", "粟飯原 智也", "アイハラ トモヤ", "1991-06-14",
                  "千葉県船橋市本町４－１８－３－５０２", my_number(SEED + 3)],
             ],
             "扶養": [
                 ["社員番号", "続柄", "氏名", "生年月日", "個人番号", "所得見込"],
                 ["H25-1201", "妻", "粟飯原 遥", "1992-02-03", my_number(SEED + 4), "0"],
             ],
             "口座": [
                 ["社員番号", "銀行", "支店", "種別", "口座番号", "名義"],
                 ["H25-1201", "みどり銀行", "船橋支店", "普通", "4417283", "アイハラ トモヤ"],
             ],
         }},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "XLSX with a new hire's and his spouse's My Numbers and bank account to a payroll outsourcer",
},
{
    "id": "referencecheck-052",
    "charset": "iso-2022-jp",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["門馬 浩之 <monma.hiroyuki@hinode-sangyo.co.jp>", "keiei-kikaku@hinode-sangyo.co.jp"],
    "subject": "【社外秘】採用稟議：海外事業部 担当部長（兼城様）",
    "body": """【社外秘】

門馬部長

お疲れさまです。纐纈です。
海外事業部 担当部長の採用について、稟議を回付しますのでご確認ください。

　候補者：兼城 亜希子（４６歳）
　提示条件：年俸１，１４０万円＋業績賞与（上限２００万円）、G6
　紹介手数料：年俸の３５％（３，９９０，０００円＋税）
　入社予定：２０２６年２月１日

決裁は社長まで、今週金曜の経営会議で報告予定です。
""" + SIG_KOKETSU,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "marked 社外秘 but addressed only to internal recipients",
},
{
    "id": "referencecheck-053",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["ヒカリリクルート 椎名様 <shiina@hikari-recruit.jp>"],
    "cc": ["ミライエージェント 薬師寺様 <yakushiji@mirai-agent.co.jp>", "京極様 <kyogoku@nexstage-career.co.jp>"],
    "subject": "品質保証（主任）ポジション 募集終了のお知らせ",
    "body": """各位

いつもお世話になっております。日の出産業の汐見です。
品質保証部 主任ポジションにつきまして、採用枠が充足いたしましたので、
本日をもって募集を終了いたします。

選考中の方につきましては、最終面接までは予定どおり実施いたします。
多数のご推薦をいただき、誠にありがとうございました。
""" + SIG_SHIOMI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "one agency in To and two competitors in Cc: three external organisations visible",
},
{
    "id": "referencecheck-054",
    "charset": "utf-8",
    "sender": "Rina Tachibana <tachibana.rina@hinode-sangyo.co.jp>",
    "to": ["Relocation Desk <desk@globalmove-relocation.com>"],
    "subject": "Relocation support for new hire - Mr. Farid Rahman (arriving Jan 2026)",
    "body": """Dear Relocation Desk,

We would like to request your standard relocation package for our new hire:

  Name:      Farid Rahman
  From:      Kuala Lumpur, Malaysia
  Family:    spouse and two children (7 and 4)
  Arrival:   around 10 January 2026
  Office:    Hinode Sangyo, Nihonbashi, Tokyo

Mr. Rahman is a practising Muslim. When shortlisting apartments, please prioritise areas
with access to a mosque and halal grocery stores (he mentioned Otsuka or Gyotoku), and
please note that he will need a quiet space for Friday prayers near the office.

Please send us the quotation and the list of documents you need from him.
""" + SIG_TACHIBANA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named hire's religion sent to an outside relocation vendor: sensitive category",
},
{
    "id": "referencecheck-055",
    "charset": "cp932",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["キャリアブリッジ 宇良様 <ura@career-bridge.co.jp>"],
    "subject": "会社案内と職務記述書（経理・連結決算）のご送付",
    "body": """宇良様

お世話になっております。日の出産業の汐見です。
先日の打合せでご依頼いただいた資料を添付いたします。
候補者様へのご説明にご活用ください。

・会社案内（2025年版）
・職務記述書：経理部 連結決算課 主任

ご不明点があればお気軽にご連絡ください。
""" + SIG_SHIOMI,
    "attachments": [
        {"kind": "pdf", "name": "職務記述書_連結決算主任.pdf", "title": "職務記述書",
         "lines": ["職務記述書（Job Description）", "ポジション：経理部 連結決算課 主任",
                   "ミッション：国内外子会社12社の連結決算の早期化（現状 決算後35日 → 目標 25日）",
                   "主な業務：連結パッケージの回収・精査、連結仕訳、開示資料作成の補助",
                   "必要な経験：連結決算実務3年以上、日商簿記2級以上",
                   "歓迎：IFRS、英語での子会社とのやり取り",
                   "想定年収：550万円～700万円"]},
        {"kind": "pdf", "name": "会社案内_2025.pdf", "title": "会社案内",
         "lines": ["日の出産業株式会社 会社案内 2025", "設立：1962年", "資本金：48億円",
                   "従業員数：2,140名（連結）", "本社：東京都中央区日本橋２－７－１",
                   "事業：産業機械、電子部品、物流システム"]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "company profile and job description PDFs to an agency: business documents",
},
{
    "id": "referencecheck-056",
    "charset": "utf-8",
    "sender": "五百旗頭 亮 <iokibe.ryo@hinode-sangyo.co.jp>",
    "to": ["奏コンサルティング 左右田様 <souda@kanade-consulting.jp>"],
    "subject": "一次面接の評価まとめ（6名）",
    "body": """左右田様

お世話になっております。五百旗頭です。
一次面接を終えた6名の評価と連絡先をまとめました。
二次面接でご担当いただく方を決めたいので、ご意見をお聞かせください。
""" + SIG_IOKIBE,
    "attachments": [
        {"kind": "docx", "name": "一次面接評価まとめ_生産技術.docx", "title": "一次面接評価",
         "paragraphs": ["一次面接 評価まとめ（生産技術職）", "面接官：五百旗頭、汐見"],
         "tables": [[
             ["氏名", "生年月日", "電話", "評価", "コメント"],
             ["椎葉 健太郎", "1989/07/22", "090-3318-2207", "A", "自動化の実績が豊富"],
             ["霜鳥 拓海", "1988/11/30", "080-6624-1950", "B", "設計寄り、現場経験は少なめ"],
             ["番場 由梨", "1992/05/06", "070-2281-4463", "A", "改善提案の具体性が高い"],
             ["御手洗 瑛太", "1990/09/15", "090-7712-0348", "B", "英語力◎"],
             ["甘粕 奈央", "1992/05/19", "080-3390-5521", "C", "志望動機が曖昧"],
             ["猪又 誠司", "1985/03/28", "090-5573-8816", "A", "ライン立上げ3回の経験"],
         ]]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of six candidates with birth dates, phones and ratings to an outside consultant",
},
{
    "id": "referencecheck-057",
    "charset": "iso-2022-jp",
    "sender": "比嘉 ちひろ <higa.chihiro@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.jp>"],
    "subject": "給与振込口座の新規登録について（中途入社者）",
    "body": """みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業 労務課の比嘉です。
12月給与より、中途入社者1名の振込先を総合振込の登録先に追加いたします。
念のため、口座の有効性をご確認いただけますでしょうか。

　氏名：粟飯原 智也（アイハラ トモヤ）
　振込先：みどり銀行 船橋支店 普通 4417283

よろしくお願いいたします。
""" + SIG_HIGA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "midori-ginko.jp drops the co. of the partner bank's midori-ginko.co.jp: look-alike",
},
{
    "id": "referencecheck-058",
    "charset": "utf-8",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "内定通知書ひな形の改訂（内定取消事由の明記）",
    "body": """白川先生

いつもお世話になっております。日の出産業の纐纈です。
中途採用の内定通知書ひな形について、内定取消事由を明記する改訂案を作成しました。
添付のWordファイルにてご確認いただけますでしょうか。

特に第3項「経歴の重大な詐称が判明した場合」の表現が広すぎないか、ご意見を伺いたいです。
""" + SIG_KOKETSU,
    "attachments": [
        {"kind": "docx", "name": "内定通知書ひな形_改訂案.docx", "title": "内定通知書（ひな形）",
         "paragraphs": ["内定通知書", "○○ ○○ 様",
                        "このたびは弊社の採用選考にご応募いただき、誠にありがとうございました。",
                        "厳正なる選考の結果、貴殿を採用内定とすることに決定いたしましたので通知いたします。",
                        "なお、次の各号のいずれかに該当する場合は、内定を取り消すことがあります。",
                        "１　提出書類に虚偽の記載があった場合",
                        "２　健康上の理由により勤務に堪えないと会社が判断した場合",
                        "３　経歴の重大な詐称が判明した場合",
                        "４　その他、前各号に準ずるやむを得ない事由がある場合",
                        "日の出産業株式会社　代表取締役社長　朝比奈 恒一"]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "blank offer-letter template sent to the partner law firm: no person's data",
},
{
    "id": "referencecheck-059",
    "charset": "cp932",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["誠光調査 調査部 <report@seiko-chosa.co.jp>"],
    "subject": "追加調査の対象者リスト",
    "body": """誠光調査 調査部 御中

お世話になっております。日の出産業の纐纈です。
先日お電話でお話しした追加調査の対象者リストをお送りします。
Excelファイルをご確認ください。
""" + SIG_KOKETSU,
    "attachments": [
        {"kind": "corrupt", "name": "追加調査対象者.xlsx"},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is damaged and cannot be read; it presumably holds a people list",
},
{
    "id": "referencecheck-060",
    "charset": "utf-8",
    "sender": "Rina Tachibana <tachibana.rina@hinode-sangyo.co.jp>",
    "to": ["Helen Marsh <h.marsh@ascend-partners.com>"],
    "subject": "Re: Daniel Okafor - a note before the final",
    "body": """Hi Helen,

Thanks for letting us know in advance. That is not a problem at all: we will run the
final as a video call and keep it to 90 minutes. Nothing changes on our side.

Talk soon,
Rina

On Fri, 28 Nov 2025 at 09:14, Helen Marsh <h.marsh@ascend-partners.com> wrote:
> Hi Rina,
>
> Daniel asked me to mention that he is recovering from knee surgery (ACL
> reconstruction in October) and is still on crutches, so travelling to Tokyo
> for the final would be difficult. Would a video interview be acceptable?
>
> Best,
> Helen
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the health detail is only in text quoted from the recipient's own mail; the new text has none",
},
{
    "id": "referencecheck-061",
    "charset": "iso-2022-jp",
    "sender": "比嘉 ちひろ <higa.chihiro@hinode-sangyo.co.jp>",
    "to": ["社会保険労務士法人やまびこ 手続担当 <tetsuzuki@yamabiko-sr.jp>"],
    "subject": "FW: 提出書類について（椎葉）",
    "body": f"""やまびこ 手続ご担当者様

お世話になっております。比嘉です。
１月入社の椎葉さんから、個人番号をメールで送ってきてしまいました。
資格取得届の作成にそのままお使いいただけますでしょうか。
（本人には今後メールで送らないよう伝えています）

-----Original Message-----
From: 椎葉 健太郎 <k.shiiba.0722@yahoo.co.jp>
Sent: Monday, December 15, 2025 8:02 PM
To: 比嘉 ちひろ <higa.chihiro@hinode-sangyo.co.jp>
Subject: 提出書類について（椎葉）

比嘉様

お世話になっております。椎葉です。
初日の持参書類のうち、マイナンバーを先にお知らせしておきます。

個人番号：{_fw(_mn(5, "-"))}
基礎年金番号：１０５３－６６２１９０

よろしくお願いいたします。
椎葉 健太郎
""" + SIG_HIGA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forwarding a candidate's mail with his My Number (full-width) to an outside office: a forward is new text",
},
{
    "id": "referencecheck-062",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["土師 大地 <daichi.haji@gmail.com>"],
    "subject": "Re: 一次面接日程のご相談",
    "body": """土師 大地 様

ご連絡ありがとうございます。日の出産業の汐見です。
それでは、11月21日（金）18:30～、オンライン（Teams）で実施いたします。
前日までに接続URLをお送りします。

当日はカメラとマイクをオンにしてご参加ください。
どうぞよろしくお願いいたします。

差出人: 土師 大地 <daichi.haji@gmail.com>
送信日時: 2025年11月17日 22:41
宛先: 汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>
件名: 一次面接日程のご相談

汐見様

ご連絡ありがとうございます。土師です。
現職の関係で平日日中が難しく、18時以降かオンラインでの実施は可能でしょうか。
連絡先は 080-7721-6640 です。
""" + SIG_SHIOMI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "scheduling reply to one candidate; his phone number is only in the quoted original",
},
{
    "id": "referencecheck-063",
    "charset": "utf-8",
    "sender": "五百旗頭 亮 <iokibe.ryo@hinode-sangyo.co.jp>",
    "to": ["ネクステージキャリア 京極様 <kyogoku@nexstage-career.co.jp>"],
    "subject": "御園生様 二次面接評価シート",
    "body": """京極様

お世話になっております。五百旗頭です。
御園生様の二次面接の評価シートをお送りします。ご本人へのフィードバックの参考にしてください。
""" + SIG_IOKIBE,
    "attachments": [
        {"kind": "docx", "name": "面接評価シート_御園生.docx", "title": "面接評価シート",
         "page_footer": "取扱注意　日の出産業株式会社 人事部",
         "paragraphs": ["面接評価シート（二次）", "候補者：御園生 光　応募職種：茨城工場 保全",
                        "面接官：茨城工場長 舟橋、技術本部 五百旗頭"],
         "tables": [[["評価項目", "評点(5)", "コメント"],
                     ["専門知識", "4", "電気系の知識は十分"],
                     ["問題解決力", "3", "原因分析はやや浅い"],
                     ["協調性", "5", "チームでの改善活動を主導"],
                     ["総合", "B+", "条件次第で内定可"]]]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "interview evaluation DOCX with a 取扱注意 footer stamp sent to an agency",
},
{
    "id": "referencecheck-064",
    "charset": "cp932",
    "sender": "能登谷 沙織 <notoya.saori@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宿泊予約 <reservation@sakura-hotel.jp>"],
    "subject": "入社前研修 宿泊予約（5名様）のお願い",
    "body": """さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業 総務部の能登谷です。
1月の入社前研修に伴い、地方在住の入社予定者5名様の宿泊をお願いいたします。
宿泊者名簿をPDFで添付いたしますので、ご手配をお願いします。
請求は弊社総務部宛てでお願いいたします。
""" + SIG_NOTOYA,
    "attachments": [
        {"kind": "pdf", "name": "宿泊者名簿_入社前研修.pdf", "title": "宿泊者名簿",
         "lines": ["宿泊者名簿（2026年1月5日～1月9日 4泊）", "日の出産業株式会社 総務部", ""],
         "table": [
             ["氏名", "フリガナ", "現住所", "携帯電話"],
             ["真栄城 隼人", "マエシロ ハヤト", "沖縄県浦添市港川２－１６－３", "070-3381-6620"],
             ["兼城 亜希子", "カネシロ アキコ", "沖縄県那覇市おもろまち４－３－１２", "090-5521-0873"],
             ["桑折 慎吾", "コオリ シンゴ", "宮城県仙台市青葉区国分町２－１０－１７", "080-1193-4476"],
             ["蓬莱 大吾", "ホウライ ダイゴ", "福岡県北九州市小倉北区京町３－５－８", "090-6640-2285"],
             ["能勢 圭吾", "ノセ ケイゴ", "茨城県つくば市竹園２－７－１", "080-9102-5564"],
         ]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF guest list of five future hires with home addresses and mobiles to the hotel",
},
{
    "id": "referencecheck-065",
    "charset": "iso-2022-jp",
    "sender": "能登谷 沙織 <notoya.saori@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会・会議室予約 <banquet@sakura-hotel.jp>"],
    "subject": "会議室のご予約（役員面接用）",
    "body": """さくらホテル 宴会・会議室予約ご担当者様

いつもお世話になっております。日の出産業 総務部の能登谷です。
下記のとおり小会議室のご予約をお願いいたします。

　日時：１２月３日（水）１３：００～１８：００
　人数：４名（面接官３名、候補者１名）
　レイアウト：ロの字、プロジェクター・スクリーン
　お飲み物：ホットコーヒー（１４時・１６時に入替え）
　ご請求：弊社総務部宛て（いつもどおり月末締め）

用途は役員面接ですので、他の宴会場から離れたお部屋ですと助かります。
""" + SIG_NOTOYA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "meeting room booking with the partner hotel: ordinary business mail",
},
{
    "id": "referencecheck-066",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["アビリティワークス 障害者雇用支援部 <support@ability-works.jp>"],
    "subject": "障害者採用 面接候補者の配慮事項確認",
    "body": """アビリティワークス株式会社
ご担当者様

お世話になっております。日の出産業の汐見です。
ご紹介いただいた3名の方の面接にあたり、必要な配慮をCSVで整理しました。
ご本人に確認いただき、不足があればご指摘ください。
""" + SIG_SHIOMI,
    "attachments": [
        {"kind": "csv", "name": "面接時配慮事項_3名.csv", "encoding": "utf-8",
         "rows": [
             ["氏名", "面接日", "障害種別", "等級", "面接時の配慮"],
             ["汐崎 いずみ", "2025-12-02", "聴覚障害", "身体障害者手帳 3級", "筆談・チャット併用"],
             ["猿渡 健", "2025-12-03", "下肢障害", "身体障害者手帳 4級", "1階会議室、エレベーター前"],
             ["廿日出 恵", "2025-12-04", "発達障害（ASD）", "精神障害者保健福祉手帳 3級", "質問は事前に書面で共有"],
         ]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "three named candidates with disability types and grades: sensitive data even under five rows",
},
{
    "id": "referencecheck-067",
    "charset": "iso-2022-jp",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["リファレンスプロ 受付 <request@refcheck-pro.jp>"],
    "subject": "リファレンス依頼（桑折様／推薦者3名）",
    "body": """リファレンスプロ ご担当者様

お世話になっております。日の出産業の纐纈です。
候補者 桑折様のリファレンスをお願いします。推薦者は以下の3名です。

１．穂積 達彦 様（前職 物流部長）　０９０－２２８１－５５０３　t.hozumi.log@gmail.com
２．宗像 佳奈 様（前職 同僚）　　　０８０－６６１７－３３９０　kana.munakata@yahoo.co.jp
３．鏑木 修 様（前々職 課長）　　　０７０－１１５９－８８２４　o.kaburagi@outlook.jp

面談はオンラインで結構です。よろしくお願いいたします。
""" + SIG_KOKETSU,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three referees' contact details (full-width) to the reference vendor: under five people, warn",
},
{
    "id": "referencecheck-068",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["舟橋 工場長 <funabashi.osamu@hinode-sangyo-co.jp>"],
    "subject": "御園生様 最終面接の資料",
    "body": """舟橋工場長

お疲れさまです。採用グループの汐見です。
明後日の最終面接の候補者資料をお送りします。

　候補者：御園生 光（27歳）
　連絡先：070-8803-2290
　現職：株式会社常総メンテナンス 設備保全課
　一次・二次の評価：A / B+

当日は9:50に工場応接室にご案内します。
""" + SIG_SHIOMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "hinode-sangyo-co.jp puts a hyphen for the dot of the internal domain: look-alike",
},
{
    "id": "referencecheck-069",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["はなみずきHRパートナーズ 四方田様 <yomoda@hanamizuki-hr.jp>"],
    "subject": "FW: 【キャリアブリッジ】製造業 中途採用市場レポート 2025年秋",
    "body": """四方田様

お世話になっております。汐見です。
キャリアブリッジ社から届いた市場レポートを共有します。
来月の採用戦略のご相談で、年収水準のところを参照したいと考えております。

-------- Original Message --------
Subject: 【キャリアブリッジ】製造業 中途採用市場レポート 2025年秋
From: キャリアブリッジ株式会社 <newsletter@career-bridge.co.jp>

■製造業の求人倍率：2.8倍（前年同期 2.5倍）
■生産技術職の平均提示年収：612万円（前年比 +4.1%）
■転職者の決め手：1位 年収、2位 勤務地、3位 リモート可否
■電気・制御系エンジニアは引き続き売り手市場、内定辞退率 34%
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forward of an agency's market report: statistics only, no people",
},
{
    "id": "referencecheck-070",
    "charset": "iso-2022-jp",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["転職フェア事務局 <exhibitor@tenshoku-fair.jp>", "ura@career-bridge.co.jp"],
    "cc": ["shiina@hikari-recruit.jp"],
    "subject": "２月の転職フェア出展に関する打合せ日程",
    "body": """転職フェア事務局 ご担当者様
キャリアブリッジ 宇良様
ヒカリリクルート 椎名様

お世話になっております。日の出産業の汐見です。
２月の製造業転職フェアへの出展について、ブースでの面談予約の運用を
三者で打合せさせていただきたく、ご連絡いたしました。

候補日：１２月８日（月）１５時、１２月１０日（水）１０時、１２月１１日（木）１６時
ご都合のよい日時をお知らせください。
""" + SIG_SHIOMI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "fair organiser and two agencies in To/Cc: three external organisations see each other",
},
{
    "id": "referencecheck-071",
    "charset": "utf-8",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["人事部長 <jinji-bucho@hinode-sangyo.co.jp>"],
    "subject": "調査報告書一式（パスワード別送）",
    "body": """部長

お疲れさまです。纐纈です。
誠光調査から届いた報告書一式をZIPで共有します。パスワードは Teams でお送りします。
""" + SIG_KOKETSU,
    "attachments": [
        {"kind": "zip", "name": "調査報告書_11月分.zip", "password": "SK-nov-2025",
         "files": [{"kind": "pdf", "name": "SK-0931.pdf", "lines": ["調査報告書 SK-0931"]},
                   {"kind": "pdf", "name": "SK-0932.pdf", "lines": ["調査報告書 SK-0932"]}]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "encrypted ZIP, but the only recipient is internal",
},
{
    "id": "referencecheck-072",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["ミライエージェント 薬師寺 <yakushiji@mirai-agent.co.jp>"],
    "subject": "重複応募の確認のお願い（自社サイト応募者リスト）",
    "body": """薬師寺様

お世話になっております。汐見です。
御社からご推薦予定の方と、弊社採用サイトへの直接応募者が重複していないか
確認させていただきたく、直近1か月の直接応募者リストをお送りします。
重複があればお知らせください（紹介料の扱いを整理するためです）。
""" + SIG_SHIOMI,
    "attachments": [
        {"kind": "zip", "name": "direct_applicants_202510.zip",
         "files": [
             {"kind": "csv", "name": "direct_applicants_202510.csv", "encoding": "utf-8",
              "rows": [
                  ["applied_at", "name", "name_kana", "birth_date", "email", "phone", "position"],
                  ["2025-10-02", "栗生 和真", "クリュウ カズマ", "1991-01-07", "kazuma.kuryu@gmail.com", "090-2231-7714", "経理"],
                  ["2025-10-03", "猪狩 百合", "イガリ ユリ", "1993-08-21", "yuri.igari@yahoo.co.jp", "080-3317-2250", "経理"],
                  ["2025-10-05", "仁科 理沙", "ニシナ リサ", "1995-04-17", "risa.nishina95@gmail.com", "090-7745-1182", "購買"],
                  ["2025-10-08", "道祖土 亘", "サイド ワタル", "1986-12-12", "wataru.saido@outlook.jp", "070-6628-4419", "生産技術"],
                  ["2025-10-09", "蕨野 直樹", "ワラビノ ナオキ", "1983-04-25", "naoki.warabino@gmail.com", "090-4472-3308", "品質保証"],
                  ["2025-10-12", "巴 紗希", "トモエ サキ", "1997-06-01", "saki.tomoe@icloud.com", "080-8861-2294", "総務"],
                  ["2025-10-15", "五十嵐 蒼", "イガラシ アオイ", "1990-10-10", "aoi.igarashi@gmail.com", "070-2215-6637", "経理"],
                  ["2025-10-17", "久遠 拓", "クオン タク", "1988-03-14", "taku.kuon@docomo.ne.jp", "090-9930-1174", "設備保全"],
                  ["2025-10-20", "神宮寺 楓", "ジングウジ カエデ", "1994-09-09", "kaede.jinguji@gmail.com", "080-4402-7785", "購買"],
                  ["2025-10-24", "鶴見 岳", "ツルミ ガク", "1985-02-28", "gaku.tsurumi@yahoo.co.jp", "070-3396-0021", "生産管理"],
                  ["2025-10-27", "生田目 菜摘", "ナマタメ ナツミ", "1992-11-04", "natsumi.namatame@gmail.com", "090-1146-8853", "品質保証"],
                  ["2025-10-30", "宇津木 翔太", "ウツギ ショウタ", "1989-07-07", "shota.utsugi@outlook.jp", "080-5503-9962", "生産技術"],
              ]},
         ]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "unencrypted ZIP holding a UTF-8 CSV of twelve direct applicants sent to an agency",
},
{
    "id": "referencecheck-073",
    "charset": "cp932",
    "sender": "比嘉 ちひろ <higa.chihiro@hinode-sangyo.co.jp>",
    "to": ["給与担当 <kyuyo@hinode-sangyo.co.jp>"],
    "subject": "12月入社者 個人番号の共有（給与システム登録用）",
    "body": f"""給与担当各位

お疲れさまです。比嘉です。
12月入社の粟飯原さんの個人番号を、給与システム登録用に共有します。
登録後、本メールは削除してください。

氏名：粟飯原 智也
個人番号：{_mn(6, "")}
本人確認：マイナンバーカード（表裏）で確認済み 12/1 比嘉
""" + SIG_HIGA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "My Number shared only with the internal payroll team",
},
{
    "id": "referencecheck-074",
    "charset": "utf-8",
    "sender": "五百旗頭 亮 <iokibe.ryo@hinode-sangyo.co.jp>",
    "to": ["岡 技術士事務所 岡 様 <oka@oka-gijutsu.jp>"],
    "subject": "猪又様 最終判断の前にご意見を",
    "body": """岡先生

お世話になっております。五百旗頭です。
猪又様について、リファレンスの内容を含めたまとめを添付します。
現場配属の可否についてご意見をいただけないでしょうか。
""" + SIG_IOKIBE,
    "attachments": [
        {"kind": "docx", "name": "候補者まとめ_猪又.docx",
         "paragraphs": ["候補者まとめ：猪又 誠司（40歳）",
                        "現職：株式会社北関東プラント 工務課 係長",
                        "リファレンス（前職上長・2025/11/20 電話）：",
                        "・2021年に現場で腰椎椎間板ヘルニアを発症し、労災認定を受けて4か月休業。",
                        "・復帰後は重量物の取扱いを制限しており、現在も月1回整形外科に通院中とのこと。",
                        "・技術力・指導力は申し分ない。",
                        "論点：茨城工場の保全は重量物作業を含むため、配置上の配慮が必要か。"]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX with a named candidate's herniated-disc injury and ongoing treatment to an outside adviser",
},
{
    "id": "referencecheck-075",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["嶋津 葵 様 <aoi.shimazu@gmail.com>"],
    "subject": "労働条件通知書のご送付",
    "body": """嶋津 葵 様

日の出産業 人事部の汐見です。
先日は内定のご承諾をいただき、誠にありがとうございました。
労働条件通知書をPDFでお送りします。内容をご確認ください。
原本は入社初日にお渡しいたします。
""" + SIG_SHIOMI,
    "attachments": [
        {"kind": "pdf", "name": "労働条件通知書_嶋津様.pdf", "title": "労働条件通知書",
         "lines": ["労働条件通知書", "令和7年12月1日",
                   "嶋津 葵 殿", "住所：東京都世田谷区太子堂３－２１－４ コーポ太子堂２０２", "",
                   "契約期間：期間の定めなし（試用期間3か月）",
                   "就業場所：東京都中央区日本橋２－７－１ 本社 経理部",
                   "始業・終業：9:00～17:45（休憩60分）",
                   "賃金：月給 380,000円（基本給 340,000円、職務手当 40,000円）",
                   "賞与：年2回（6月・12月）",
                   "日の出産業株式会社　代表取締役社長　朝比奈 恒一"]},
    ],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "the employee's own terms of employment to her own free-mail address: one person",
},
# ---------------------------------------------------------------------------------- 076-100
{
    "id": "referencecheck-076",
    "charset": "iso-2022-jp",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 総務人事部 <soumu@kitaguni-food.co.jp>"],
    "subject": "在籍確認のお願い（日の出産業 人事部）",
    "body": """北国フーズ株式会社
総務人事部 ご担当者様

いつもお世話になっております。日の出産業 人事部の汐見です。
弊社に応募いただいている方から、御社にご在籍されていたと伺っております。
ご本人の同意書を添えて、在籍期間と最終職位のみご確認をお願いできますでしょうか。

　お名前：生田目 菜摘 様
　ご申告の在籍期間：２０１５年４月～２０２２年３月
　ご申告の最終職位：品質管理課 主任

ご回答はメールまたはお電話（０３－５２０１－４４１０）で結構です。
""" + SIG_SHIOMI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kitaguni-food.co.jp drops the s of the partner kitaguni-foods.co.jp",
},
{
    "id": "referencecheck-077",
    "charset": "utf-8",
    "sender": "Rina Tachibana <tachibana.rina@hinode-sangyo.co.jp>",
    "to": ["Kenji Kirishima <kenji@kirishima-advisory.com>"],
    "subject": "APAC Sales Director - shortlist for your review",
    "body": """Dear Kirishima-san,

Ahead of our call on Thursday, here is the shortlist from Ascend Partners, with contact
details in case you want to reach anyone directly for the informal chat we discussed.

Candidate           Current role                          Base (SGD k)  Mobile            E-mail
------------------  ------------------------------------  ------------  ----------------  ---------------------------
Daniel Okafor       Sales Director SEA, Brightline Pumps  285           +65 9123 4471     dokafor.career@gmail.com
Priya Raghunathan   Head of Channel Sales, Kestrel Valves 270           +65 8842 1190     priya.r.sales@outlook.com
Tan Wei Ming        GM Distribution, Orion Industrial     295           +60 12-338 7710   weiming.tan@yahoo.com
Sophie Lindqvist    VP Sales APAC, Nordhavn Automation    310           +61 412 556 903   s.lindqvist@icloud.com
Hiroshi Tsukahara   Regional Manager, Toyo Kikai SG       240           +65 9770 2318     h.tsukahara.sg@gmail.com

Please treat this with care; the candidates have not been told about each other.
""" + SIG_TACHIBANA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "English shortlist of five candidates with mobiles and e-mail to an outside advisor",
},
{
    "id": "referencecheck-078",
    "charset": "utf-8",
    "sender": "Rina Tachibana <tachibana.rina@hinode-sangyo.co.jp>",
    "to": ["Mark Whitfield <m.whitfield@brightline-pumps.com>"],
    "subject": "Thank you for your time - reference call",
    "body": """Dear Mark,

Thank you very much for taking the time yesterday to speak with me about your former
colleague. Your insights were very helpful for our decision.

As promised, we will not share your comments with the candidate verbatim, and the notes
from our call will be kept within our HR team only.

Wishing you a good end of the year.
""" + SIG_TACHIBANA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "thank-you note to a referee, no personal data",
},
{
    "id": "referencecheck-079",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["ジョブメディアプラス 広告受付 <ad-order@jobmedia-plus.jp>"],
    "subject": "求人広告（4週掲載）お申込みとお支払い情報",
    "body": """株式会社ジョブメディアプラス
広告受付 ご担当者様

お世話になっております。日の出産業の汐見です。
「設備保全（茨城工場）」の求人広告、Bプラン4週掲載を申し込みます。
お支払いはカード決済でお願いしたく、必要情報をテキストファイルで添付します。
""" + SIG_SHIOMI,
    "attachments": [
        {"kind": "txt", "name": "payment_info.txt", "encoding": "utf-8",
         "text": f"""お申込み情報
プラン：Bプラン（4週）　金額：440,000円（税込）
掲載開始：2025年12月8日

カード会社：JCB
カード番号：{_card(7, " ")}
有効期限：11/27
カード名義：MAHO SHIOMI
セキュリティコード：お電話でお伝えします
"""},
    ],
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "card number in a text attachment sent to a job-ad vendor",
},
{
    "id": "referencecheck-080",
    "charset": "iso-2022-jp",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["トラストリサーチ 営業部 稲垣様 <inagaki@trust-research.co.jp>"],
    "cc": ["エグゼホライズン 上間様 <uema@exec-horizon.co.jp>"],
    "subject": "候補者同意書の取得フローについて",
    "body": """稲垣様、上間様

お世話になっております。日の出産業の纐纈です。
バックグラウンド調査の同意書の取得について、今後は次の流れで統一したいと考えています。

１．最終面接通過後、上間様から候補者へ調査の実施と目的をご説明
２．トラストリサーチ様の電子同意フォームのURLを候補者へ送付
３．同意完了の通知を弊社とトラストリサーチ様が同時に受領
４．調査開始

２のフォーム文面について、稲垣様からひな形をご共有いただけますでしょうか。
""" + SIG_KOKETSU,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "process mail to a vendor and a headhunter: two external organisations, no personal data",
},
{
    "id": "referencecheck-081",
    "charset": "cp932",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["はなみずきHRパートナーズ 四方田様 <yomoda@hanamizuki-hr.jp>"],
    "subject": "来期の人員計画について（ご相談）",
    "body": """━━━━━━━━━━━━━━━━━
　　　　【部外秘】人事部限り
━━━━━━━━━━━━━━━━━

四方田様

お世話になっております。纐纈です。
来週のご相談に先立ち、来期の人員計画の骨子を共有します。

・茨城工場：新ライン稼働に伴い、正社員＋18名（うち中途12名）
・本社管理部門：早期退職制度の実施により▲15名、うち5名を中途で補充
・海外事業部：シンガポール拠点の新設で現地採用6名、日本からの出向3名

早期退職制度は社内でもまだ公表前の情報です。
""" + SIG_KOKETSU,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "body opens with a 【部外秘】 stamp and goes to an outside HR consultant",
},
{
    "id": "referencecheck-082",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["エグゼホライズン 上間様 <uema@exec-horizon.co.jp>"],
    "subject": "現在募集中のポジション一覧（11月末時点）",
    "body": """上間様

お世話になっております。日の出産業の汐見です。
11月末時点の募集ポジション一覧をお送りします。管理職ポジションを中心にご推薦ください。
""" + SIG_SHIOMI,
    "attachments": [
        {"kind": "xlsx", "name": "募集ポジション一覧_202511.xlsx",
         "sheets": {
             "管理職": [
                 ["日の出産業 募集ポジション一覧（2025年11月30日時点）"],
                 ["ポジション", "部署", "勤務地", "想定年収（万円）", "人数", "優先度"],
                 ["生産管理 課長候補", "生産管理部", "茨城", "750-900", 1, "高"],
                 ["海外営業 部長", "海外事業部", "東京/シンガポール", "1,100-1,400", 1, "高"],
                 ["法務 マネージャー", "法務部", "東京", "900-1,100", 1, "中"],
             ],
             "一般": [
                 ["ポジション", "部署", "勤務地", "想定年収（万円）", "人数", "優先度"],
                 ["設備保全", "茨城工場", "茨城", "450-600", 4, "高"],
                 ["連結決算 主任", "経理部", "東京", "550-700", 1, "中"],
                 ["品質保証", "品質保証部", "茨城", "450-620", 2, "中"],
             ],
         }},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of open positions, not of people",
},
{
    "id": "referencecheck-083",
    "charset": "iso-2022-jp",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["ミライエージェント 薬師寺 <yakushiji@mirai-agent.co.jp>"],
    "subject": "Re: リファレンス代行のご依頼について",
    "body": """薬師寺様

お世話になっております。汐見です。
リファレンス代行をお引き受けいただけるとのこと、ありがとうございます。
最終面接に進む6名の推薦者情報は以下のとおりです（候補者名,推薦者名,関係,電話,メール）。

栗生 和真,浅葉 雅人,前職上長,090-5512-3307,m.asaba.work@gmail.com
宇佐美 紗英,比留間 晃,監査法人 元パートナー,080-2246-7719,hiruma.akira@outlook.jp
門脇 陸,真砂 友里,前職同僚,070-3385-1142,yuri.masago@yahoo.co.jp
鵜飼 千尋,瀬古 大樹,前職上長,090-6674-2208,daiki.seko@gmail.com
土師 大地,外園 舞,前職上長,080-1193-5560,mai.hokazono@icloud.com
嶋津 葵,祝 信吾,前々職上長,070-8826-4413,shingo.iwai.jp@gmail.com

12月5日までにレポートをいただけますと助かります。

> 汐見様
> リファレンス代行の件、弊社で対応可能です。
> 推薦者のお名前と連絡先をお知らせいただけますでしょうか。
> 薬師寺
""" + SIG_SHIOMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "new reply text carries six comma-separated referee records (names, phones, e-mail)",
},
{
    "id": "referencecheck-084",
    "charset": "utf-8",
    "sender": "能登谷 沙織 <notoya.saori@hinode-sangyo.co.jp>",
    "to": ["ヒカリリクルート 椎名様 <shiina@hikari-recruit.jp>"],
    "subject": "大阪での面接会場の候補（貸会議室）",
    "body": """椎名様

お世話になっております。日の出産業 総務部の能登谷です。
関西在住の候補者様向けに、大阪で面接を行う会場の候補をまとめました。
候補者様のアクセスの観点で、どこがよいかご意見をいただけますか。

・梅田スカイ会議室（大阪市北区梅田１－１１－４）TEL 06-6343-2201　最寄：梅田駅 徒歩5分
・淀屋橋ビジネスセンター（大阪市中央区北浜４－３－１）TEL 06-6202-7780　最寄：淀屋橋駅 直結
・新大阪カンファレンス（大阪市淀川区西中島５－６－３）TEL 06-6305-4411　最寄：新大阪駅 徒歩3分

いずれも6名程度の小会議室で、半日 15,000～22,000円です。
""" + SIG_NOTOYA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of rental meeting rooms (businesses) with their switchboards",
},
{
    "id": "referencecheck-085",
    "charset": "iso-2022-jp",
    "sender": "比嘉 ちひろ <higa.chihiro@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 日本橋支店 法人担当 <nihonbashi-hojin@midori-ginko.co.jp>"],
    "subject": "1月入社者 給与振込口座の事前照合のお願い",
    "body": """みどり銀行 日本橋支店
法人担当 ご担当者様

いつもお世話になっております。日の出産業 労務課の比嘉です。
1月給与の総合振込に先立ち、入社予定者5名の振込先口座の照合をお願いしたく、
一覧（Excel 97-2003形式）を添付いたします。
""" + SIG_HIGA,
    "attachments": [
        {"kind": "xls", "name": "振込口座一覧_202601入社.xls",
         "sheets": {"口座": [
             ["社員番号", "氏名（カナ）", "銀行名", "支店名", "種別", "口座番号"],
             ["H26-0101", "シイバ ケンタロウ", "みどり銀行", "川崎支店", "普通", "3018842"],
             ["H26-0102", "オコノギ マイ", "ゆうちょ銀行", "〇一八店", "普通", "5527741"],
             ["H26-0103", "ヒオデ シンイチ", "常陽中央銀行", "土浦支店", "普通", "1104936"],
             ["H26-0104", "ブスジマ ユキ", "みどり銀行", "つくば支店", "普通", "7735201"],
             ["H26-0105", "マエシロ ハヤト", "琉海銀行", "浦添支店", "普通", "6620318"],
         ]}},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of five new hires' bank accounts sent to the bank",
},
{
    "id": "referencecheck-086",
    "charset": "cp932",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["トラストリサーチ 調査受付 <order@trust-research.co.jp>"],
    "subject": "RE: 調査完了のご報告（11月受付分）",
    "body": """トラストリサーチ ご担当者様

お世話になっております。纐纈です。
7件の報告書、確かに受領しました。迅速なご対応ありがとうございました。
BC-1103の件のみ、追加で前職の在籍期間の裏付けをお願いするかもしれません。
改めてご連絡します。

-----Original Message-----
From: トラストリサーチ 調査受付 <order@trust-research.co.jp>
Sent: Friday, November 28, 2025 4:51 PM
To: 纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>
Subject: 調査完了のご報告（11月受付分）

日の出産業 纐纈様

11月受付分の調査が完了しましたのでご報告いたします。

管理番号  氏名          生年月日     現住所                                   結果
BC-1101   左右田 隆      S57.11.02   東京都杉並区阿佐谷南２－３０－５          問題なし
BC-1102   甘粕 奈央      H4.5.19     神奈川県横浜市港北区日吉本町４－８－１２  問題なし
BC-1103   栗生 和真      H3.1.7      埼玉県川口市並木３－１９－２              要確認（在籍期間）
BC-1104   百目鬼 翔      H2.2.11     千葉県松戸市新松戸５－１１４－３          問題なし
BC-1105   仁科 理沙      H7.4.17     東京都大田区蒲田本町１－９－６            問題なし
BC-1106   能勢 圭吾      S59.10.30   茨城県つくば市竹園２－７－１              問題なし
BC-1107   蓬莱 大吾      S63.8.19    福岡県北九州市小倉北区京町３－５－８      問題なし

報告書PDFは専用ポータルにアップロードしております。
""" + SIG_KOKETSU,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the seven-person table sits only under -----Original Message----- quoted back to its sender",
},
{
    "id": "referencecheck-087",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["キャリアブリッジ 宇良様 <ura@career-bridge.co.jp>"],
    "subject": "Re: 番場様の住所の取扱いについて",
    "body": """宇良様

お世話になっております。汐見です。
番場 由梨様の件、承知しました。

前職をストーカー被害が原因で退職され、現在も警察に相談中で転居先を秘匿されているとのこと、
社内でも住所は人事部労務課のみで管理し、社員名簿・緊急連絡網には掲載しないようにいたします。
入社書類の郵送も避け、初日に手渡しとします。

ご本人にも、ご安心いただけるようお伝えください。

> 汐見様
> 番場様からご相談があり、住所の取扱いについて事前にお願いしたい事情があるとのことです。
> 詳細はお電話でお伝えした通りです。
""" + SIG_SHIOMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "new text says a named candidate was a stalking victim: crime-victim data to an agency",
},
{
    "id": "referencecheck-088",
    "charset": "utf-8",
    "sender": "能登谷 沙織 <notoya.saori@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 導入支援 百瀬様 <momose@tsubasa-system.jp>"],
    "subject": "追加：2月入社者 2名のアカウント準備",
    "body": """百瀬様

お世話になっております。能登谷です。
2月入社の2名分も追加でお願いいたします。CSVを添付します。
""" + SIG_NOTOYA,
    "attachments": [
        {"kind": "csv", "name": "account_request_202602.csv", "encoding": "cp932",
         "rows": [
             ["氏名", "ローマ字", "入社日", "所属", "私用メール（初期PW送付先）"],
             ["兼城 亜希子", "Kaneshiro Akiko", "2026/02/01", "海外事業部", "akiko.kaneshiro@gmail.com"],
             ["NGUYEN VAN THANH", "Nguyen Van Thanh", "2026/02/01", "技術本部", "thanh.nv94@gmail.com"],
         ]},
    ],
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "two new hires' names and private e-mail to the IT partner: under five people",
},
{
    "id": "referencecheck-089",
    "charset": "utf-8",
    "sender": "Rina Tachibana <tachibana.rina@hinode-sangyo.co.jp>",
    "to": ["Verity Screening Orders <orders@verity-screening.com>"],
    "subject": "Screening order - 2 candidates (Singapore) - encrypted pack",
    "body": """Hello,

Please find attached the order pack for two candidates (consent forms, CVs and ID copies).
The archive is encrypted; I will send the password in a separate e-mail.

Order reference: HS-SG-2511-07
""" + SIG_TACHIBANA,
    "attachments": [
        {"kind": "zip", "name": "HS-SG-2511-07.zip", "password": "Verity!2511",
         "files": [
             {"kind": "csv", "name": "order.csv", "encoding": "utf-8",
              "rows": [["name", "dob", "passport"], ["Tan Wei Ming", "1983-05-14", "K3318820A"]]},
             {"kind": "pdf", "name": "consent_forms.pdf", "lines": ["Consent to background screening"]},
         ]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "encrypted ZIP to a foreign screening vendor cannot be inspected",
},
{
    "id": "referencecheck-090",
    "charset": "iso-2022-jp",
    "sender": "番場 健司 <bamba.kenji@hinode-sangyo.co.jp>",
    "to": ["エグゼホライズン 経理ご担当 <keiri@exec-horizon.co.jp>"],
    "subject": "紹介手数料のご請求額について（請求書 EH-25-0412）",
    "body": """株式会社エグゼホライズン
経理ご担当者様

お世話になっております。日の出産業 経理部の番場です。
請求書 EH-25-0412 の金額について確認させてください。

　ご請求額：4,389,000円（税込）
　契約上の算定：理論年収 11,400,000円 × 35％ ＝ 3,990,000円（税抜）

税込額は 4,389,000円で一致しておりますが、請求書の摘要欄の入社日が
「2026年1月1日」となっており、実際の入社日（2月1日）と異なります。
摘要を修正のうえ再発行いただけますでしょうか。
支払期日は入社月の翌月末（3月31日）となります。

日の出産業株式会社 経理部 番場 健司
TEL 03-5201-4620
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "fee invoice check with invoice number and amounts; no personal identifiers",
},
{
    "id": "referencecheck-091",
    "charset": "utf-8",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["マインドスケール 検査部 <assess@mindscale-assess.jp>"],
    "subject": "適性検査の個別解釈のご依頼（2名）",
    "body": """マインドスケール株式会社
検査部 ご担当者様

お世話になっております。日の出産業の汐見です。
最終面接前の2名について、適性検査結果の個別解釈をお願いしたく、
面接時の所見と健康面の申告内容もあわせて添付します。
""" + SIG_SHIOMI,
    "attachments": [
        {"kind": "xlsx", "name": "適性検査_個別解釈依頼.xlsx",
         "sheets": {"依頼": [
             ["個別解釈依頼（2025年12月）"],
             ["受検番号", "氏名", "年齢", "ストレス耐性", "協調性", "既往歴（本人申告）", "面接所見"],
             ["MS-88123", "五月女 絢子", 42, "C", "A", "パニック障害（2019年、現在は寛解）", "落ち着いて受け答え"],
             ["MS-88127", "帯刀 秀一", 44, "B", "B", "なし", "やや威圧的な印象"],
         ]}},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "XLSX row with a named candidate's psychiatric history sent to an outside assessor",
},
{
    "id": "referencecheck-092",
    "charset": "iso-2022-jp",
    "sender": "汐見 真帆 <shiomi.maho@hinode-sangyo.co.jp>",
    "to": ["錦印刷 総務部 人事課 <jinji@nishiki-insatsu.co.jp>"],
    "subject": "在籍証明のご依頼（御社ご出身の応募者）",
    "body": """錦印刷株式会社
総務部 人事課 ご担当者様

いつもお世話になっております。日の出産業 人事部の汐見でございます。
弊社へのご応募者で、御社にご在籍されていた方の在籍証明をお願いしたく存じます。
ご本人の同意書（PDF）を別途郵送いたします。

　氏名：道祖土 亘（さいど わたる）
　生年月日：昭和６１年１２月１２日
　ご申告の在籍期間：平成２１年４月～令和２年９月

同姓同名の方との取り違え防止のため、生年月日を併記しております。
""" + SIG_SHIOMI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "employment verification for one applicant with his date of birth to his former employer (a partner): one person",
},
{
    "id": "referencecheck-093",
    "charset": "iso-2022-jp",
    "sender": "能登谷 沙織 <notoya.saori@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 安斎様 <anzai@nishiki-insatsu.co.jp>"],
    "subject": "内定者向け記念品の発送（宛名印刷）のお願い",
    "body": """錦印刷株式会社
営業部　安斎様

いつもお世話になっております。日の出産業 総務部の能登谷です。
内定者向けの記念品（社名入りノート）の発送につき、下記６名の宛名印刷と発送をお願いします。

・〒２１２－００５８　神奈川県川崎市幸区鹿島田１－６－９－４０５　椎葉 健太郎 様　（０９０－３３１８－２２０７）
・〒１５４－０００４　東京都世田谷区太子堂３－２１－４－２０２　嶋津 葵 様　（０９０－１１８２－５５３７）
・〒３０５－００３２　茨城県つくば市竹園２－７－１　能勢 圭吾 様　（０８０－９１０２－５５６４）
・〒９０１－２１３４　沖縄県浦添市港川２－１６－３　真栄城 隼人 様　（０７０－３３８１－６６２０）
・〒３００－０８１２　茨城県土浦市下高津１－２０－５　毒島 有紀 様　（０８０－４４３６－７７１８）
・〒１６９－００７２　東京都新宿区大久保２－１４－７－３０１　グエン ヴァン タン 様　（０８０－２７５０－９１３６）

１２月１２日必着でお願いいたします。
""" + SIG_NOTOYA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six future hires' home addresses and phones (full-width, bullets) to the printing partner",
},
{
    "id": "referencecheck-094",
    "charset": "utf-8",
    "sender": "Rina Tachibana <tachibana.rina@hinode-sangyo.co.jp>",
    "to": ["纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>", "higa.chihiro@hinode-sangyo.co.jp"],
    "subject": "FW: Screening result - Tan Wei Ming (HS-SG-2511-07)",
    "body": """纐纈さん、比嘉さん

Verity からの結果を転送します。パスポート情報は就労ビザ申請にそのまま使えそうです。

---------- Forwarded message ---------
From: Verity Screening Reports <reports@verity-screening.com>
Subject: Screening result - Tan Wei Ming (HS-SG-2511-07)

Candidate: Tan Wei Ming
Date of birth: 14 May 1983
Passport: K3318820A (Malaysia), expires 2030-02-11
Education: B.Eng, Universiti Teknologi Malaysia (verified)
Employment: Orion Industrial (2016-present, verified)
Global sanctions / adverse media: no record found
Overall: CLEAR
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": [],
    "note": "screening result with a passport number forwarded only to internal colleagues",
},
{
    "id": "referencecheck-095",
    "charset": "cp932",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "内定取消しの可否についてのご相談",
    "body": """白川先生

いつもお世話になっております。日の出産業の纐纈です。
内定取消しの可否について、至急ご相談させてください。

　内定者：椎名 康介（昭和61年1月22日生、経営企画部 課長職で内定）
　判明事実：平成30年に業務上横領で有罪判決（懲役2年・執行猶予3年）
　　　　　　（現在は執行猶予期間満了）
　応募書類：履歴書の賞罰欄は「なし」と記載
　経緯：内定通知後に実施したバックグラウンド調査で判明

賞罰欄の虚偽記載を理由とする取消しが認められるか、
また刑の言渡しの効力が消滅している点をどう考えるべきか、ご見解を伺えますでしょうか。
""" + SIG_KOKETSU,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named candidate's criminal conviction sent outside (even to the company's lawyer)",
},
{
    "id": "referencecheck-096",
    "charset": "utf-8",
    "sender": "Rina Tachibana <tachibana.rina@hinode-sangyo.co.jp>",
    "to": ["Daniel Okafor <dokafor.career@gmail.com>"],
    "subject": "Offer summary - Regional Sales Director (APAC)",
    "body": """Dear Daniel,

Congratulations again, and thank you for your patience throughout the process.
As discussed on the phone this morning, here is a summary of our offer:

  Position:    Regional Sales Director (APAC), Grade G7
  Location:    Singapore
  Base salary: SGD 300,000 per year
  Bonus:       target 30% of base
  Start date:  2 March 2026 (flexible)

The formal offer letter will follow via our e-signature system within two business days.
Please let me know if you have any questions.
""" + SIG_TACHIBANA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "offer summary to the candidate himself on free mail; no identifiers or contact data",
},
{
    "id": "referencecheck-097",
    "charset": "iso-2022-jp",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["寿サーチ 御子柴様 <mikoshiba@kotobuki-search.co.jp>"],
    "subject": "帯刀様 バックグラウンド調査の結果",
    "body": """御子柴様

お世話になっております。纐纈です。
帯刀 秀一様のバックグラウンド調査が完了しました。

　学歴・職歴：申告どおり確認
　犯罪歴・破産歴：該当なし
　反社チェック：該当なし

問題ございませんでしたので、条件提示の準備に入ります。
ご本人への調査完了のお知らせをお願いいたします。
""" + SIG_KOKETSU,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "a clean result (no criminal record) about a named candidate: is a negative finding sensitive? debatable",
},
{
    "id": "referencecheck-098",
    "charset": "utf-8",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["稲垣様 <inagaki@trust-research.co.jp>", "上間様 <uema@exec-horizon.co.jp>",
           "兼城 亜希子 様 <akiko.kaneshiro@gmail.com>"],
    "subject": "Re: 同意フォームが開けない件",
    "body": """稲垣様、上間様、兼城様

纐纈です。皆さまご対応ありがとうございます。
兼城様、お手数ですが稲垣様から再送いただいたURLで、
スマートフォンではなくPCのブラウザから再度お試しいただけますでしょうか。

> 兼城様
> トラストリサーチの稲垣です。同意フォームのURLを再発行しました。
> 有効期限は48時間です。
>
> > 上間様、稲垣様
> > 兼城です。先ほどのURLを開くとエラーになってしまいます。
""" + SIG_KOKETSU,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "reply-all to a vendor, a headhunter and the candidate's private address: three external parties visible",
},
{
    "id": "referencecheck-099",
    "charset": "utf-8",
    "sender": "Rina Tachibana <tachibana.rina@hinode-sangyo.co.jp>",
    "to": ["Helen Marsh <h.marsh@ascend-partners.com>"],
    "subject": "Our APAC growth plan - background for the search",
    "body": """Hi Helen,

To help you pitch the role, I'm attaching a few slides on our APAC growth plan.
""" + SIG_TACHIBANA,
    "attachments": [
        {"kind": "pptx", "name": "APAC_growth_plan_FY2026.pptx", "title": "APAC growth plan FY2026",
         "page_footer": "Internal Only - Hinode Sangyo Co., Ltd.",
         "slides": [
             ["APAC growth plan FY2026", "Target revenue: JPY 18bn (+35%)", "New Singapore hub from April 2026"],
             ["Distributor strategy", "Consolidate from 14 to 8 distributors", "Exit two under-performing partners in Q2"],
             ["Organisation", "Regional Sales Director (new)", "6 sales managers, 2 application engineers"],
         ]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "slide deck stamped Internal Only in its footer sent to an outside search firm",
},
{
    "id": "referencecheck-100",
    "charset": "iso-2022-jp",
    "sender": "纐纈 剛 <koketsu.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["川崎電機 品質保証部 鳴海様 <narumi.t@kawasaki-denki.co.jp>"],
    "subject": "Re: リファレンスのお電話の件",
    "body": """鳴海様

日の出産業の纐纈です。ご快諾いただき、誠にありがとうございます。
それでは、１１月２５日（火）１５時に、私からお電話を差し上げます。
所要時間は２０分程度を予定しております。

お忙しいところ恐縮ですが、どうぞよろしくお願いいたします。

> 纐纈様
> 川崎電機の鳴海です。蕨野さんの件、承知しました。
> 25日の午後でしたら対応可能です。
""" + SIG_KOKETSU,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reference call scheduling with a referee at the real partner domain kawasaki-denki.co.jp",
},
]

# Mail written in ISO-2022-JP cannot hold the Windows full-width forms of ～ and －: a
# Japanese mail client sends them as the JIS wave dash 〜 and minus sign −, so do the same.
_JIS = str.maketrans({"～": "〜", "－": "−"})
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _key in ("subject", "body", "html"):
            if _m.get(_key):
                _m[_key] = _m[_key].translate(_JIS)
