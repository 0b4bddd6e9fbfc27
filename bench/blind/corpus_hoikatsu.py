"""Blind evaluation corpus, area **hoikatsu** (保活・育休復帰支援).

The mail of 日の出産業株式会社's support for employees returning from childcare leave:
daycare admission applications (保育所入所申請) and 就労証明書 sent to municipal offices,
the company's corporate-partnered nursery (企業主導型保育所, run by a contractor) and its
co-user companies, children's allergies and health notes, babysitter vouchers and
babysitter companies, 社労士 paperwork for 育児休業給付, and ordinary nursery contract,
invoice and supplier mail.

Every person, number and address in this file is invented (My Numbers and card numbers
come from build.my_number / build.card_number; other numbers are made up).  This file was
written blind, from BRIEF.md, build.py and SPEC.md only, without reading mailguard's code,
its rules, its tests or any other corpus file.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 17801
_rng = random.Random(SEED)

# -- small helpers ----------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def _zen(s: str) -> str:
    """Full-width digits and separators, as people type them in Japanese IMEs."""
    return s.translate(_ZEN)


def _mobile() -> str:
    return f"{_rng.choice(['090', '080', '070'])}-{_rng.randrange(1000, 10000)}-{_rng.randrange(1000, 10000)}"


def _corp(base12: str) -> str:
    """法人番号: check digit in front of 12 digits (9 - Σ P_n Q_n mod 9)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


MN = {k: my_number(SEED + k) for k in range(1, 8)}
CARD = {k: card_number(SEED + k) for k in range(1, 4)}


def _sp4(n: str) -> str:
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


CORP_HINODE = _corp("010401087462")     # 日の出産業株式会社 (invented)
CORP_HIDAMARI = _corp("011001093358")   # 株式会社ひだまりキッズ (invented)

_ADDR_CO = "〒104-0061 東京都中央区銀座9-8-7 日の出産業ビル"

DISCLAIMER_JA = (
    "※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
    "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISCLAIMER_EN = (
    "This e-mail and any attachments may contain confidential information. If you are not "
    "the intended recipient, please notify the sender immediately and delete this e-mail.")


def _sig_a(name: str, kana: str, dept: str, mail: str, ext: str) -> str:
    return f"""
――――――――――――――――――――――――
日の出産業株式会社 {dept}
{name}（{kana}）
{_ADDR_CO} 5F
TEL 03-5555-0100（代表）／内線 {ext}
Mail {mail}@hinode-sangyo.co.jp
――――――――――――――――――――――――"""


def _sig_b(name: str, dept: str, mail: str, direct: str) -> str:
    return f"""
--
{dept}　{name}
日の出産業株式会社
TEL: {direct}  E-mail: {mail}@hinode-sangyo.co.jp
"""


def _sig_c(name: str, dept: str, mail: str) -> str:
    return f"""
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
  日の出産業株式会社
  {dept}
  {name}
  {_ADDR_CO}
  TEL 03-5555-0100 / FAX 03-5555-0199
  {mail}@hinode-sangyo.co.jp
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""


def _sig_en(name: str, title: str, mail: str) -> str:
    return f"""
Best regards,

{name}
{title}
Hinode Sangyo Co., Ltd.
9-8-7 Ginza, Chuo-ku, Tokyo 104-0061, Japan
Tel: +81-3-5555-0100 | {mail}@hinode-sangyo.co.jp
"""


SAEGUSA = "三枝 真由美 <m-saegusa@hinode-sangyo.co.jp>"
SIG_SAEGUSA = _sig_a("三枝 真由美", "さえぐさ まゆみ", "人事部 労務課（両立支援担当）", "m-saegusa", "2217")
HASEBE = "長谷部 航 <w-hasebe@hinode-sangyo.co.jp>"
SIG_HASEBE = _sig_c("長谷部 航", "人事部 労務課", "w-hasebe")
TSUGE = "柘植 理沙 <r-tsuge@hinode-sangyo.co.jp>"
SIG_TSUGE = _sig_b("柘植 理沙", "人事部 労務課 社会保険チーム", "r-tsuge", "03-5555-0221")
SAIONJI = "西園寺 玲奈 <r-saionji@hinode-sangyo.co.jp>"
SIG_SAIONJI = _sig_a("西園寺 玲奈", "さいおんじ れな", "人事部 人事企画課", "r-saionji", "2230")
MAMIYA = "間宮 紗英 <s-mamiya@hinode-sangyo.co.jp>"
SIG_MAMIYA = _sig_b("間宮 紗英", "総務部 福利厚生課", "s-mamiya", "03-5555-0135")
KOGA = "古閑 隆之 <t-koga@hinode-sangyo.co.jp>"
SIG_KOGA = _sig_c("古閑 隆之", "総務部 施設管理課（事業所内保育所 担当）", "t-koga")
TAKANO = "鷹野 亜希 <a-takano@hinode-sangyo.co.jp>"
SIG_TAKANO = _sig_a("鷹野 亜希", "たかの あき", "ダイバーシティ推進室 室長", "a-takano", "1101")
TOKANO = "戸叶 伸也 <s-tokano@hinode-sangyo.co.jp>"
SIG_TOKANO = _sig_b("戸叶 伸也", "経理部 出納課", "s-tokano", "03-5555-0162")

HIDAMARI_ENCHO = "ひだまり保育園 園長 宮之原様 <enchou@hidamari-kids.co.jp>"
HIDAMARI_NYUEN = "ひだまり保育園 入園担当 <nyuen@hidamari-kids.co.jp>"
SORAIRO = "そらいろ保育室 <info@sorairo-hoiku.jp>"
NIJI = "にじのはし保育園 事務室 <jimu@niji-no-hashi.or.jp>"
MINATO_SR = "みなと社会保険労務士法人 真壁様 <makabe@minato-sr.jp>"
HIGASHIHAMA = "東浜市 こども未来部 保育課 入所係 <hoiku-nyusho@city.higashihama.lg.jp>"

# persons re-used across messages (all invented)
KIRYU_ADDR = "神奈川県東浜市汐見台4丁目17番3号 グランシエル汐見台203"
WANI_ADDR = "神奈川県東浜市みなと台2-9-15-408"
IGA_ADDR = "東京都江東区東雲9-3-12 ブリーズ東雲1104"

_M: list[dict] = []

# ======================================================================================
# 1. 企業主導型保育所 入園予定者一覧（8名, XLSX, 配慮事項つき）
_M.append(dict(
    sender=SAEGUSA,
    to=[HIDAMARI_ENCHO],
    cc=["保活デスク <hoikatsu-desk@hinode-sangyo.co.jp>"],
    subject="【ひだまり保育園】従業員枠 在園児名簿（11月更新）の送付",
    charset="cp932",
    body=f"""株式会社ひだまりキッズ
ひだまり保育園 園長 宮之原 様

いつもお世話になっております。日の出産業 人事部の三枝です。

従業員枠の在園児名簿を11月1日時点で更新しましたので、お送りいたします。
アレルギー等の配慮事項は、保護者から人事部に届いた申告内容をそのまま転記しております。
園で把握されている内容と相違があれば、お知らせいただけますと幸いです。

　添付：従業員枠_在園児名簿_202611.xlsx（8名分）

来年度の継続意向の確認は、12月に改めてご連絡いたします。
どうぞよろしくお願いいたします。
{SIG_SAEGUSA}
""",
    attachments=[{
        "kind": "xlsx", "name": "従業員枠_在園児名簿_202611.xlsx",
        "sheets": {
            "在園児名簿": [
                ["ひだまり保育園（日の出産業 従業員枠） 在園児名簿 2026年11月1日現在", "", "", "", "", "", "", "", ""],
                ["No", "児童氏名", "ふりがな", "生年月日", "性別", "保護者氏名", "所属", "緊急連絡先", "アレルギー・配慮事項"],
                [1, "桐生 湊", "きりゅう みなと", "2025/05/14", "男", "桐生 彩", "営業部", _mobile(), "卵・乳アレルギー（除去食、エピペン処方あり）"],
                [2, "鰐淵 樹", "わにぶち いつき", "2025/02/27", "男", "鰐淵 健太", "設計部", _mobile(), "なし"],
                [3, "勅使河原 蒼", "てしがわら あお", "2024/08/03", "男", "勅使河原 美咲", "商品開発部", _mobile(), "熱性けいれん既往（ダイアップ指示書あり）"],
                [4, "五百旗頭 結衣", "いおきべ ゆい", "2025/01/19", "女", "五百旗頭 亮", "品質保証部", _mobile(), "小麦アレルギー"],
                [5, "東海林 さくら", "しょうじ さくら", "2024/11/30", "女", "東海林 麻衣", "経理部", _mobile(), "なし"],
                [6, "四十物 晴", "あいもの はる", "2024/06/21", "男", "四十物 大輔", "物流企画部", _mobile(), "川崎病既往（経過観察中）"],
                [7, "汐入 美月", "しおいり みつき", "2025/03/08", "女", "汐入 恭子", "人事部", _mobile(), "なし"],
                [8, "八月一日 陽向", "ほずみ ひなた", "2024/09/12", "男", "八月一日 翔", "情報システム部", _mobile(), "アトピー性皮膚炎（保湿剤塗布）"],
            ],
            "更新履歴": [["日付", "内容", "担当"], ["2026/10/14", "初版", "三枝"], ["2026/10/20", "No.6 配慮事項追記", "三枝"]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="8 children's records (DOB, parent phone, allergies/medical history) in XLSX to the external nursery operator",
))

# 2. 一人の子の食物アレルギー・アナフィラキシー歴（本文）
_M.append(dict(
    sender="桐生 彩 <a-kiryu@hinode-sangyo.co.jp>",
    to=[SORAIRO],
    subject="入園前面談の補足（桐生 湊）",
    charset="iso-2022-jp",
    body="""そらいろ保育室
主任 保育士 様

お世話になっております。年末（12/28）にひだまり保育園が休園のため、一時保育でお世話になる桐生 湊の母です。
先日の面談でお伝えしきれなかった点を補足させてください。

湊は離乳食を始めた生後7か月のころに卵と牛乳の即時型アレルギーと診断されており、
今年の8月にはパンケーキをひと口食べてアナフィラキシーを起こし、救急搬送されました。
現在は汐見台こどもクリニックで経過をみていただいていて、エピペン（0.15mg）を処方されています。
エピペンは登園時にリュックの外ポケットに入れてお渡しする予定です。

また、加工品に含まれる微量の乳成分でも口の周りが赤くなることがあるので、
おやつは家から持参したものだけにしていただけると安心です。

お手数をおかけしますが、どうぞよろしくお願いいたします。

桐生 彩
日の出産業株式会社 営業部 第二営業課
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named child's allergy diagnosis, anaphylaxis and prescription (要配慮) in running text to an external nursery",
))

# 3. 就労証明書 1名分（PDF）を市役所へ
_M.append(dict(
    sender=HASEBE,
    to=[HIGASHIHAMA],
    subject="就労証明書の送付について（弊社従業員 五十嵐）",
    charset="iso-2022-jp",
    body=f"""東浜市役所 こども未来部 保育課 入所係
ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事部の長谷部でございます。

弊社従業員の保育所入所申請（令和9年4月一斉入所）に関し、
貴市様式（令和9年度版）にて作成した就労証明書をPDFにてお送りいたします。
原本は本人より申請書類と併せて提出いたします。

ご不明な点がございましたら、下記までご連絡ください。
よろしくお願い申し上げます。
{SIG_HASEBE}
""",
    attachments=[{
        "kind": "pdf", "name": "就労証明書_五十嵐.pdf", "title": "就労証明書",
        "lines": [
            "就労証明書（令和9年度 東浜市様式）",
            "証明日：令和8年10月21日",
            "事業所名：日の出産業株式会社　代表者：代表取締役 日野 正臣",
            "所在地：東京都中央区銀座9-8-7　電話：03-5555-0100",
            "",
            "本人氏名：五十嵐 拓真（イガラシ タクマ）",
            "生年月日：平成3年7月9日",
            f"本人住所：{IGA_ADDR}",
            "雇用の形態：正社員（無期雇用）　雇用期間：平成26年4月1日～",
            "就労時間（固定就労）：月～金 9:00～17:30（休憩60分）　月間就労日数 20日",
            "育児休業の取得：あり　令和7年11月1日～令和9年3月31日",
            "復職予定日：令和9年4月1日",
            "備考：復職後は短時間勤務（9:00～16:00）を予定",
        ],
    }],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one employee's 就労証明書 (name, DOB, address) to the city: one person's record, may be warned, not held",
))

# 4. PPAP: パスワード付きZIPの就労証明書
_M.append(dict(
    sender=TSUGE,
    to=["旭ヶ丘市 保育幼稚園課 <hoyo@city.asahigaoka.lg.jp>"],
    subject="就労証明書（弊社従業員分）の送付",
    charset="cp932",
    body=f"""旭ヶ丘市 保育幼稚園課 ご担当者様

お世話になります。日の出産業の柘植です。
先日お電話でご相談しました、弊社従業員の就労証明書を送付いたします。

添付ファイルはパスワード付きZIPファイルです。
パスワードは別メールにてお送りいたします。

何卒よろしくお願いいたします。
{SIG_TSUGE}
""",
    attachments=[{
        "kind": "zip", "name": "就労証明書_20261022.zip", "password": "Hn#2026Oct22",
        "files": [{
            "kind": "pdf", "name": "就労証明書_矢萩.pdf",
            "lines": ["就労証明書", "本人氏名：矢萩 奈緒", "生年月日：昭和63年2月11日",
                      "住所：埼玉県旭ヶ丘市本町3-22-7", "就労時間：9:00～17:30"],
        }],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an external city office cannot be inspected",
))

# 5. 育休中社員5名の個人アドレスを To に並べた案内
_M.append(dict(
    sender=SAEGUSA,
    to=["伊集院 志保 <shiho.ijuin.0412@gmail.com>",
        "<k.matsunaga_88@yahoo.co.jp>",
        "百目鬼 遥 <haruka-dodomeki@icloud.com>",
        "<nao-n.1031@docomo.ne.jp>",
        "小鳥遊 恵 <megumi.takanashi@outlook.jp>"],
    subject="【ご案内】育休復帰前オンライン説明会（11/19）",
    charset="iso-2022-jp",
    body=f"""育児休業中の皆さま

こんにちは。人事部 両立支援担当の三枝です。
社用PCをお持ちでない方もいらっしゃるため、ご登録いただいている個人アドレス宛にご案内しています。

来年4月前後に復職予定の方を対象に、オンライン説明会を開催します。

　日時：11月19日（木）10:00～11:00
　形式：Teams（URLは前日にお送りします）
　内容：復職手続きの流れ／短時間勤務・子の看護等休暇／企業主導型保育所の空き状況／ベビーシッター割引券

お子さまと一緒のご参加で構いません。カメラオフでも大丈夫です。
参加可否を11月12日までにご返信いただけますと助かります。
{SIG_SAEGUSA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="five private persons' addresses openly in To: three or more external parties see each other (should be Bcc)",
))

# 6. 育休中社員向け メルマガ（HTMLのみ、Bcc で正しく送付）
_M.append(dict(
    sender="ダイバーシティ推進室 <diversity@hinode-sangyo.co.jp>",
    to=["ダイバーシティ推進室 <diversity@hinode-sangyo.co.jp>"],
    bcc=["<shiho.ijuin.0412@gmail.com>", "<k.matsunaga_88@yahoo.co.jp>",
         "<haruka-dodomeki@icloud.com>", "<nao-n.1031@docomo.ne.jp>",
         "<megumi.takanashi@outlook.jp>", "<ryo_iokibe@gmail.com>"],
    subject="はぐくみ通信 Vol.14（育休中の皆さまへ）",
    charset="utf-8",
    html="""<html><body style="font-family:'Meiryo',sans-serif">
<h2 style="color:#e07b39">はぐくみ通信 Vol.14</h2>
<p>育児休業中の皆さま、こんにちは。ダイバーシティ推進室です。<br>
朝晩冷え込むようになりました。お子さまともども体調を崩されていませんか。</p>
<h3>今月のトピック</h3>
<ul>
<li><b>保育所の一斉入所申請</b>：多くの自治体で11月上旬～中旬が締切です。就労証明書の発行は人事部（内線2217）まで、<u>締切の2週間前</u>までにご依頼ください。</li>
<li><b>ひだまり保育園（銀座）見学会</b>：12月5日（土）10時／13時。申込は社内ポータル「保活サポート」から。</li>
<li><b>ベビーシッター割引券</b>：令和8年度分の残りは約120枚です。1日2枚まで利用できます。</li>
</ul>
<h3>先輩ママ・パパの声</h3>
<p>「点数が足りず第1希望は落ちましたが、二次募集で近くの小規模園に決まりました。諦めずに区役所に相談してよかったです。」（営業部・男性）</p>
<p style="font-size:small;color:#888">このメールは配信専用です。ご質問は diversity@hinode-sangyo.co.jp まで。</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="newsletter to private addresses correctly in Bcc, no personal data: free-mail recipients only",
))

# 7. 3つの保育所を To に並べた共同利用枠の照会
_M.append(dict(
    sender=KOGA,
    to=[HIDAMARI_ENCHO, SORAIRO, NIJI],
    subject="令和9年度 共同利用枠・地域枠のご照会",
    charset="cp932",
    body=f"""各園 ご担当者様

いつもお世話になっております。日の出産業 総務部の古閑です。

令和9年度の従業員枠の設定にあたり、各園の受入可能枠を確認させてください。
お手数ですが、下表を埋めて11月6日（金）までにご返信いただけますでしょうか。

　　　　　　　0歳児　1歳児　2歳児　3歳児以上
　受入可能数　　名　　　名　　　名　　　名
　うち地域枠　　名　　　名　　　名　　　名

共同利用契約の更新条件については、12月の連絡会で改めてご相談いたします。
{SIG_KOGA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external nursery organisations in To can see each other's addresses: should have been Bcc",
))

# 8. 2つの外部組織（運営事業者＋財団）への返信
_M.append(dict(
    sender=SAEGUSA,
    to=["こども育成支援財団 指導監査課 <kansa@kodomo-ikusei-zaidan.or.jp>"],
    cc=[HIDAMARI_ENCHO, "古閑 隆之 <t-koga@hinode-sangyo.co.jp>"],
    subject="Re: 令和8年度 指導・監査の実施日程について",
    charset="iso-2022-jp",
    body=f"""公益財団法人こども育成支援財団
指導監査課 御中

お世話になっております。日の出産業の三枝です。
日程のご連絡ありがとうございます。12月10日（木）13時30分で承知いたしました。
当日は弊社から三枝・古閑、運営事業者のひだまりキッズ様から宮之原園長が同席いたします。
事前提出書類は12月3日までにお送りいたします。

よろしくお願いいたします。
{SIG_SAEGUSA}

> 日の出産業株式会社 ご担当者様
>
> 標記の件、下記日程で実施したくご都合をお知らせください。
>  第1候補 12月10日（木）13:30～
>  第2候補 12月14日（月）10:00～
> 事前提出：運営規程、職員配置表、利用契約書の写し、直近3か月の出勤簿
>
> こども育成支援財団 指導監査課
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc (foundation + nursery operator): a normal three-way mail",
))

# 9. 社内宛のつもりが look-alike ドメイン（hinode-sangyou.co.jp）
_M.append(dict(
    sender="鰐淵 健太 <k-wanibuchi@hinode-sangyo.co.jp>",
    to=["人事部 労務課 <roumu@hinode-sangyou.co.jp>"],
    subject="就労証明書の作成依頼（設計部 鰐淵）",
    charset="iso-2022-jp",
    body=f"""人事部 労務課 ご担当者様

お疲れさまです。設計部の鰐淵です。
長男の保育所入所申請（東浜市）に必要なため、就労証明書の作成をお願いできますでしょうか。

・氏名：鰐淵 健太
・現住所：{WANI_ADDR}
・子の氏名：鰐淵 樹（いつき）
・子の生年月日：令和7年2月27日
・様式：東浜市 令和9年度版（市HPからダウンロードしたExcelを添付します）
・提出期限：11月9日（市役所必着）

お手数ですが、よろしくお願いします。

鰐淵
""",
    attachments=[{"kind": "xlsx", "name": "R9_shuro_shomei_higashihama.xlsx",
                  "sheets": {"様式": [["就労証明書"], ["事業所名", ""], ["本人氏名", ""], ["就労時間", ""]]}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["lookalike_domain", "personal_data"],
    note="recipient domain hinode-sangyou.co.jp is a look-alike of the own domain (letter added)",
))

# 10. 保育園からの連絡（熱性けいれん・座薬）をシッター会社へ転送
_M.append(dict(
    sender="勅使河原 美咲 <m-teshigawara@hinode-sangyo.co.jp>",
    to=["こもれびシッター サポート <support@komorebi-sitter.co.jp>"],
    subject="FW: 【ひだまり保育園】本日のお子さまのご様子",
    charset="utf-8",
    body="""こもれびシッター ご担当者様

明日のお迎え後のシッティング（17:00〜20:00）の件で、保育園からの連絡を転送します。
念のためシッターさんにもご共有ください。

勅使河原

-------- Forwarded Message --------
From: ひだまり保育園 <renraku@hidamari-kids.co.jp>
To: 勅使河原 美咲 <m-teshigawara@hinode-sangyo.co.jp>
Subject: 【ひだまり保育園】本日のお子さまのご様子

勅使河原 蒼くんの保護者様

本日14時40分頃、午睡明けに38.6℃の発熱があり、その直後に約2分間の全身性のけいれんがみられました。
以前から熱性けいれんの既往があると伺っておりましたので、お預かりしている指示書どおり
ダイアップ座薬（4mg）を使用し、その後は落ち着いて水分もとれています。
かかりつけの汐見台こどもクリニックにも連絡済みです。
明日は解熱後24時間が経過していない場合、登園をお控えください。

ひだまり保育園 担任 三輪
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forward (new text to the recipient) of a named child's seizure history and medication to an external sitter company",
))

# 11. 社外秘 スタンプの DOCX（運営業務委託 条件提示書）
_M.append(dict(
    sender=KOGA,
    to=["ひだまりキッズ 法人営業部 瀬戸口様 <setoguchi@hidamari-kids.co.jp>"],
    subject="運営業務委託 条件提示書のご送付",
    charset="cp932",
    body=f"""株式会社ひだまりキッズ
法人営業部 瀬戸口 様

お世話になっております。日の出産業の古閑です。
先日のお打ち合わせを踏まえ、令和9年度以降の運営業務委託の条件提示書をお送りします。
ご確認のうえ、11月末までにご回答をいただけますと幸いです。
{SIG_KOGA}
""",
    attachments=[{
        "kind": "docx", "name": "運営業務委託_条件提示書_R9.docx", "page_header": "社外秘",
        "title": "運営業務委託 条件提示書",
        "paragraphs": ["【社外秘】", "企業主導型保育所 運営業務委託 条件提示書（令和9年度～）",
                       "1. 委託期間：令和9年4月1日～令和12年3月31日（3年間）",
                       "2. 委託料：下表のとおり（税別）", "3. 職員配置：国基準＋1名（看護師を含む）",
                       "4. 給食：外部搬入（北国フーズ株式会社）、アレルギー対応食を含む"],
        "tables": [[["区分", "月額", "備考"], ["基本委託料", "4,850,000円", "定員19名"],
                    ["延長保育加算", "180,000円", "19時まで"], ["看護師配置加算", "320,000円", ""]]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached DOCX stamped 社外秘 (header and first line) sent to an external operator",
))

# 12. 外国籍社員の在留カード番号（保育所申請の支援）
_M.append(dict(
    sender=SAIONJI,
    to=["川波市 子育て支援課 外国人相談窓口 <kosodate-soudan@city.kawanami.lg.jp>"],
    subject="保育所入所申請に関するご相談（弊社社員 グエン）",
    charset="utf-8",
    body=f"""川波市役所 子育て支援課
外国人相談窓口 ご担当者様

お世話になります。日の出産業株式会社 人事部の西園寺と申します。
弊社社員の保育所入所申請について、申請書の記入方法をご相談させてください。

本人は日本語の読み書きに不安があるため、人事部でサポートしております。
窓口で確認が必要とのことでしたので、本人の了承を得て、以下をお知らせします。

　氏名：グエン・ティ・ラン（NGUYEN THI LAN）
　在留カード番号：UH48217305EA
　在留資格：技術・人文知識・国際業務（在留期間満了日 2028年6月30日）
　お子さま：グエン・ミン・アン（2025年1月8日生）

「保育を必要とする事由」の欄は「就労」で問題ないか、
また通訳付きの面談日程を設けていただけるかご教示いただけますと幸いです。
{SIG_SAIONJI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a residence card (在留カード) number of an employee sent to an external city office",
))

# 13. シッター会社にクレジットカード番号を送ってしまう
_card1 = CARD[1]
_M.append(dict(
    sender="百瀬 由佳 <y-momose@hinode-sangyo.co.jp>",
    to=["ベビーシッター マナティ 会員窓口 <member@manatee-sitter.com>"],
    subject="Re: 会員登録のお支払い方法について",
    charset="iso-2022-jp",
    body=f"""マナティ 会員窓口 御中

お世話になります。百瀬です。
Web画面でカード登録がうまくいかないため、メールで失礼します。

カード名義：YUKA MOMOSE
カード番号：{_card1[:4]}-{_card1[4:8]}-{_card1[8:12]}-{_card1[12:]}
有効期限：09/29

月額プラン（週2回・17時～19時）でお願いいたします。

百瀬 由佳

> 百瀬 様
> 会員登録ありがとうございます。お支払い方法のご登録がまだ完了しておりません。
> 会員ページの「お支払い設定」からご登録をお願いいたします。
""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a credit card number (with holder name) in new text to an external babysitter company",
))

# 14. 子の健康保険証の記号・番号（全角）を保育園へ
_M.append(dict(
    sender="能登 一樹 <k-noto@hinode-sangyo.co.jp>",
    to=[NIJI],
    subject="入園書類の件（すみれ組 能登 ことは）",
    charset="cp932",
    body=f"""にじのはし保育園
事務室 御中

いつもお世話になっております。すみれ組に入園予定の能登 ことはの父です。
入園書類の「健康保険証」欄ですが、写しを取り忘れてしまったため、記号と番号をこちらに記載します。

　児童氏名　能登　ことは（のと　ことは）
　生年月日　令和{_zen('6')}年{_zen('12')}月{_zen('3')}日
　保険者　　日の出産業健康保険組合
　記号　　　{_zen('31240567')}
　番号　　　{_zen('18')}（枝番　{_zen('02')}）

写しは来週の面談時に持参いたします。
よろしくお願いいたします。

能登 一樹
""",
    expect="stop",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a child's health insurance 記号・番号 (full-width digits) to an external nursery",
))

# 15. HTMLのみ：育休給付の対象者6名を社労士へ
_rows15 = [
    ("鳴海 大樹", "1987/09/08", "5012-483921-6", "2025/06/10", "2027/03/31", "延長（2回目）"),
    ("宍戸 沙織", "1991/02/20", "5012-477305-1", "2025/07/01", "2027/03/31", "延長"),
    ("皆川 誠", "1985/12/12", "5012-390117-4", "2026/02/01", "2027/01/31", "通常（パパ育休）"),
    ("京極 拓海", "1988/05/16", "5012-502846-9", "2025/09/15", "2027/03/31", "延長（パパ育休）"),
    ("忽那 瞳", "1990/11/05", "5012-466012-3", "2025/02/01", "2027/03/31", "延長"),
    ("仙波 健吾", "1987/03/03", "5012-519930-8", "2026/04/01", "2026/11/30", "通常（パパ育休）"),
]
_M.append(dict(
    sender=TSUGE,
    to=[MINATO_SR],
    subject="育児休業給付金 支給申請（11月提出分）の対象者",
    charset="utf-8",
    html=f"""<html><body>
<p>みなと社会保険労務士法人<br>真壁 様</p>
<p>いつもお世話になっております。日の出産業の柘植です。<br>
11月提出分の育児休業給付金 支給申請の対象者をお送りします。賃金台帳は別途共有フォルダに格納しました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>氏名</th><th>生年月日</th><th>雇用保険被保険者番号</th><th>育休開始日</th><th>終了予定日</th><th>区分</th></tr>
{''.join(f'<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td><td>{f}</td></tr>' for a, b, c, d, e, f in _rows15)}
</table>
<p>延長の方については、保育所の入所保留通知書の写しを本人から回収中です。<br>よろしくお願いいたします。</p>
<p>--<br>人事部 労務課 社会保険チーム　柘植 理沙<br>日の出産業株式会社<br>TEL: 03-5555-0221</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="HTML table of six employees (DOB, insurance numbers, leave dates) to an external 社労士 office",
))

# 16. 壊れた PDF を市役所へ
_M.append(dict(
    sender=HASEBE,
    to=["旭ヶ丘市 保育幼稚園課 <hoyo@city.asahigaoka.lg.jp>"],
    subject="Re: 就労証明書の再送について",
    charset="iso-2022-jp",
    body=f"""旭ヶ丘市 保育幼稚園課
ご担当者様

お世話になっております。日の出産業の長谷部です。
先ほどお送りしたファイルが開けないとのこと、失礼いたしました。
再度出力したものを添付いたしますので、ご確認をお願いいたします。
{SIG_HASEBE}
""",
    attachments=[{"kind": "corrupt", "name": "就労証明書_令和9年度_百瀬.pdf"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt and cannot be inspected before it goes to an external office",
))

# 17. 基礎年金番号（育児休業等終了時報酬月額変更届）
_M.append(dict(
    sender=TSUGE,
    to=[MINATO_SR],
    subject="育児休業等終了時報酬月額変更届の件（能登）",
    charset="cp932",
    body=f"""真壁様

お世話になっております。柘植です。
先週ご依頼の件、能登さんの分の情報をお送りします。

能登 一樹（ノト カズキ）
生年月日 1990年8月19日
基礎年金番号 4718-293056
育児休業終了日 2026年9月30日（10月1日復職）
復職後の勤務 短時間勤務なし、残業制限あり

10月～12月の報酬は確定次第お送りします。
よろしくお願いいたします。
{SIG_TSUGE}
""",
    expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="an employee's 基礎年金番号 with name and DOB sent to an external 社労士",
))

# 18. ファミリーデー 託児申込（7名, XLSX, 持病・アレルギー）をホテルへ
_M.append(dict(
    sender=MAMIYA,
    to=["さくらホテル 宴会営業課 <banquet@sakura-hotel.jp>"],
    subject="12/12 ファミリーデー 託児ルーム申込者のご連絡",
    charset="utf-8",
    body=f"""さくらホテル 宴会営業課
小早川 様

いつもお世話になっております。日の出産業 総務部の間宮です。
12月12日のファミリーデーにつきまして、託児ルームの申込者一覧をお送りします。
託児スタッフの方にもご共有いただけますでしょうか。
食事提供がありますので、アレルギー欄を特にご確認ください。

よろしくお願いいたします。
{SIG_MAMIYA}
""",
    attachments=[{
        "kind": "xlsx", "name": "託児申込一覧_1212.xlsx",
        "sheets": {
            "託児申込": [
                ["日の出産業 ファミリーデー 託児ルーム申込一覧（12/12 11:00-15:00）"],
                [],
                ["No", "お子さま氏名", "年齢", "保護者名", "当日連絡先", "アレルギー・持病・注意事項"],
                [1, "桐生 湊", "1歳", "桐生 彩", _mobile(), "卵・乳アレルギー　エピペン持参"],
                [2, "五十嵐 ひまり", "1歳", "五十嵐 拓真", _mobile(), "なし"],
                [3, "能登 陽翔", "4歳", "能登 一樹", _mobile(), "小児喘息（吸入器持参）"],
                [4, "能登 ことは", "2歳", "能登 一樹", _mobile(), "なし"],
                [5, "宇佐美 凪", "3歳", "宇佐美 香織", _mobile(), "てんかん（服薬中、発作時の対応メモ別紙）"],
                [6, "真栄田 琉生", "5歳", "真栄田 剛", _mobile(), "ピーナッツアレルギー"],
                [7, "東海林 さくら", "1歳", "東海林 麻衣", _mobile(), "人見知り強め"],
            ],
            "タイムテーブル": [["時刻", "内容"], ["11:00", "受付"], ["12:00", "昼食（お子さまメニュー）"], ["15:00", "お迎え"]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="seven children's rows with parent phones and chronic illnesses/allergies to an external hotel",
))

# 19. 給食会社へのアレルギー除去食の指示（等幅テキスト表, 5名）
_M.append(dict(
    sender=KOGA,
    to=["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
    subject="11月分 除去食対象児のご連絡（ひだまり保育園）",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
給食事業部 御中

お世話になっております。日の出産業 総務部の古閑です。
11月分の除去食対象児を下記のとおりご連絡いたします。
10月分からの変更は No.4 の追加のみです。

No  園児名            クラス    除去品目              対応
--  ----------------  --------  --------------------  ----------
1   大曽根 陽葵       0歳児     鶏卵・牛乳            完全除去
2   桐生 湊           0歳児     鶏卵・牛乳            完全除去
3   四十物 晴         1歳児     えび・かに            完全除去
4   五百旗頭 結衣     1歳児     小麦                  代替食（米粉）
5   汐入 美月         1歳児     ごま                  完全除去

献立ごとの対応可否は、いつもの確認表でご回答ください。
{SIG_KOGA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="five named children's food allergies (health data) in a padded text table to an external caterer",
))

# 20. 給食会社の look-alike（kitaguni-food.co.jp）
_M.append(dict(
    sender=KOGA,
    to=["北国フーズ 給食事業部 <kyushoku@kitaguni-food.co.jp>"],
    subject="12月献立の一部差し替えについて",
    charset="cp932",
    body=f"""北国フーズ株式会社 給食事業部
ご担当者様

お世話になっております。古閑です。
12月の献立について、園から以下の差し替え希望がありました。

　12/9（水）　さばの味噌煮 → 鮭の塩焼き（骨取り）
　12/18（金）　クリスマス会 メニュー：ケーキは卵・乳不使用のものを全員分に統一

ご対応可否と単価の変動有無をお知らせください。
{SIG_KOGA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp drops a letter from partner kitaguni-foods.co.jp: look-alike domain",
))

# 21. 医療的ケア児の受入相談（心疾患・在宅酸素）
_M.append(dict(
    sender=SAEGUSA,
    to=["東浜市 保育課 入所相談 <hoiku-soudan@city.higashihama.lg.jp>"],
    subject="医療的ケアが必要なお子さまの入所についてのご相談",
    charset="utf-8",
    body=f"""東浜市 こども未来部 保育課
入所相談 ご担当者様

お世話になっております。日の出産業株式会社 人事部の三枝でございます。
弊社社員からの依頼により、ご相談させていただきます（本人同意済みです）。

弊社社員 大和田 春香 の長女、大和田 凛（令和６年５月２２日生）は、
先天性心疾患（ファロー四徴症）の術後で、現在も在宅酸素療法を続けております。
主治医からは集団保育は可能との意見書をいただいているとのことですが、
酸素ボンベの管理と、体調急変時の対応ができる園を探しております。

貴市の医療的ケア児の受入れ園の一覧や、看護師配置のある園の状況についてご教示いただけますでしょうか。
本人も来週、窓口に伺う予定です。
{SIG_SAEGUSA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named child's heart disease and oxygen therapy (要配慮) to an external city office",
))

# 22. 社員本人の切迫早産・入院を社労士へ
_M.append(dict(
    sender=TSUGE,
    to=[MINATO_SR],
    subject="産前休業の開始日変更について（堀之内）",
    charset="iso-2022-jp",
    body=f"""みなと社会保険労務士法人
真壁様

お世話になっております。柘植です。

経営企画部の堀之内 千尋さんですが、切迫早産のため10月28日から市内の病院に入院しており、
医師の指示で出産まで安静入院となる見込みです。
本人と相談のうえ、産前休業の開始日を当初の12月1日から10月28日に前倒しします。

出産手当金・社会保険料免除の手続きの順番について、念のためご確認いただけますか。
{SIG_TSUGE}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an employee's hospitalisation for threatened preterm labour (health data of one person) to an external 社労士",
))

# 23. PPTX フッター "Internal Only"
_M.append(dict(
    sender=TAKANO,
    to=["ほいくコンシェルジュ 法人営業部 <sales@hoiku-concierge.jp>"],
    subject="2027年度 両立支援施策のご相談資料",
    charset="utf-8",
    body=f"""株式会社ほいくコンシェルジュ
法人営業部 新発田様

お世話になっております。日の出産業 ダイバーシティ推進室の鷹野です。
来週のお打ち合わせに先立ち、弊社の検討資料をお送りいたします。
特に3枚目の保活コンシェルジュ導入案について、ご意見をいただけますと幸いです。
{SIG_TAKANO}
""",
    attachments=[{
        "kind": "pptx", "name": "2027_両立支援施策案.pptx", "page_footer": "Internal Only",
        "title": "2027年度 両立支援施策案",
        "slides": [
            ["2027年度 両立支援施策案", "ダイバーシティ推進室", "Internal Only"],
            ["現状", "育休復帰率 94%（男性 61%）", "保育所入所保留による育休延長 年11件"],
            ["保活コンシェルジュ導入案", "妊娠報告時点から専任担当が伴走", "費用：1人あたり年額 48,000円"],
            ["ベビーシッター補助の拡充", "割引券に加え、月2万円まで実費補助"],
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PPTX marked Internal Only on every slide sent to an external consultancy",
))

# 24. 保活サポート対象者 12名（XLSX, 個人メール）をコンシェルジュ会社へ
_R24 = [
    ("H10231", "伊集院 志保", "2025/06/02", "東浜市", "ひまわり保育園", "保留", "shiho.ijuin.0412@gmail.com"),
    ("H09874", "松永 加奈子", "2025/04/18", "江東区", "東雲どんぐり園", "内定", "k.matsunaga_88@yahoo.co.jp"),
    ("H11502", "百目鬼 遥", "2025/08/29", "川波市", "川波駅前保育園", "申請中", "haruka-dodomeki@icloud.com"),
    ("H08816", "中野 奈緒", "2025/03/11", "旭ヶ丘市", "あさひ保育園", "申請中", "nao-n.1031@docomo.ne.jp"),
    ("H12007", "小鳥遊 恵", "2025/07/07", "品川区", "しながわ小規模保育室", "保留", "megumi.takanashi@outlook.jp"),
    ("H10995", "鳴海 大樹", "2025/02/14", "東浜市", "ひだまり保育園", "内定", "daiki.narumi@gmail.com"),
    ("H07743", "宇佐美 香織", "2024/12/25", "大田区", "かまたの森保育園", "保留", "kaori.usami@ezweb.ne.jp"),
    ("H11320", "真栄田 剛", "2025/05/30", "川崎市中原区", "新丸子ひかり保育園", "申請中", "maeda.tsuyoshi@gmail.com"),
    ("H09102", "汐入 恭子", "2025/03/08", "東浜市", "ひだまり保育園", "内定", "kyoko.shioiri@icloud.com"),
    ("H12218", "鵜飼 千景", "2025/09/14", "江戸川区", "葛西のはら保育園", "申請予定", "chikage-ukai@yahoo.co.jp"),
    ("H10560", "芦屋 直人", "2025/02/02", "船橋市", "ふなばしこども園", "保留", "naoto.ashiya@outlook.jp"),
    ("H11877", "嘉手納 舞", "2025/10/10", "さいたま市浦和区", "浦和なかよし保育園", "申請予定", "mai-kadena@softbank.ne.jp"),
]
_M.append(dict(
    sender=SAEGUSA,
    to=["ほいくコンシェルジュ サポートデスク <support@hoiku-concierge.jp>"],
    subject="保活サポート対象者リスト（2027年4月入所）の送付",
    charset="cp932",
    body=f"""ほいくコンシェルジュ サポートデスク御中

お世話になっております。日の出産業の三枝です。
契約開始に伴い、サポート対象者のリストをお送りします。
各人への初回連絡は、リストの個人メール宛にお願いいたします。
{SIG_SAEGUSA}
""",
    attachments=[{
        "kind": "xlsx", "name": "保活サポート対象者_2027年4月.xlsx",
        "sheets": {
            "対象者": [["保活サポート対象者（2027年4月入所）", "", "", "", "", "", "", "2026/10/26時点"],
                      ["社員番号", "氏名", "子の生年月日", "居住地", "第1希望園", "状況", "個人メール", "備考"]]
            + [list(r) + [""] for r in _R24],
            "集計": [["状況", "人数"], ["内定", 3], ["保留", 4], ["申請中", 3], ["申請予定", 2]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="twelve employees' rows (child DOB, private e-mail, application status) in XLSX to an external service",
))

# 25. English: passport numbers to an international preschool
_M.append(dict(
    sender="Kenji Arimura <k-arimura@hinode-sangyo.co.jp>",
    to=["Maple Leaf Preschool Admissions <admissions@maple-leaf-preschool.com>"],
    subject="Enrollment documents for Sora Arimura",
    charset="utf-8",
    body=f"""Dear Admissions Team,

Thank you for the tour last week. We would like to enroll our son for the April 2027 intake.
As we only returned from my posting in Singapore last month, his residence registration is
still being processed, so I am providing our passport details for the identity check instead:

  Child: Sora Arimura, born 14 March 2023, passport no. TR7715302 (expires 2028-03-13)
  Parent: Kenji Arimura, passport no. TK4409826 (expires 2031-07-01)

Please let me know if you need scanned copies as well.
{_sig_en("Kenji Arimura", "Overseas Business Department", "k-arimura")}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="passport numbers of a child and parent in an English mail to an external preschool",
))

# 26. シッター補助の振込データ（ZIP の中の CSV, 9名の口座）を銀行へ
_R26 = [
    ("10231", "ｲｼﾞｭｳｲﾝ ｼﾎ", "ﾐﾄﾞﾘｷﾞﾝｺｳ", "ﾋｶﾞｼﾊﾏ", "1", "3012457", "22000"),
    ("09874", "ﾏﾂﾅｶﾞ ｶﾅｺ", "ﾐﾄﾞﾘｷﾞﾝｺｳ", "ｺｳﾄｳ", "1", "1184302", "18000"),
    ("11502", "ﾄﾞﾄﾞﾒｷ ﾊﾙｶ", "ﾕｳﾁﾖ", "", "1", "10190-48271051", "20000"),
    ("08816", "ﾅｶﾉ ﾅｵ", "ﾐﾄﾞﾘｷﾞﾝｺｳ", "ｱｻﾋｶﾞｵｶ", "1", "2208816", "9000"),
    ("12007", "ﾀｶﾅｼ ﾒｸﾞﾐ", "ｻｸﾗｼﾝｷﾝ", "ｼﾅｶﾞﾜ", "1", "0457719", "22000"),
    ("10995", "ｲｵｷﾍﾞ ﾘｮｳ", "ﾐﾄﾞﾘｷﾞﾝｺｳ", "ﾎﾝﾃﾝ", "1", "5520194", "13500"),
    ("07743", "ｳｻﾐ ｶｵﾘ", "ﾐﾄﾞﾘｷﾞﾝｺｳ", "ｶﾏﾀ", "2", "0093361", "22000"),
    ("11320", "ﾏｴﾀﾞ ﾂﾖｼ", "ﾐﾄﾞﾘｷﾞﾝｺｳ", "ﾑｻｼｺｽｷﾞ", "1", "7741206", "16000"),
    ("09102", "ｼｵｲﾘ ｷｮｳｺ", "ﾐﾄﾞﾘｷﾞﾝｺｳ", "ﾋｶﾞｼﾊﾏ", "1", "3098812", "22000"),
]
_M.append(dict(
    sender=TOKANO,
    to=["みどり銀行 法人営業部 <houjin-eigyo@midori-ginko.co.jp>"],
    subject="ベビーシッター利用補助 11月振込分データの件",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
ご担当 葛城様

いつもお世話になっております。日の出産業 経理部の戸叶です。
先日ご相談した総合振込の代行入力について、11月25日振込分のデータをお送りします。
（Webの総合振込に取り込めない形式とのことで、CSVのままお送りしています）

お手数ですがよろしくお願いいたします。
{SIG_TOKANO}
""",
    attachments=[{
        "kind": "zip", "name": "sitter_hojo_202611.zip",
        "files": [{"kind": "csv", "name": "sitter_hojo_202611.csv", "encoding": "cp932",
                   "rows": [["社員番号", "受取人名", "銀行名", "支店名", "預金種目", "口座番号", "振込金額"]]
                   + [list(r) for r in _R26]}],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="nine employees' bank accounts (CSV inside an unencrypted ZIP) to an external bank",
))

# 27. 保育園の連絡網（添付メール, 6家庭）を保護者仲間の個人アドレスへ
_M.append(dict(
    sender="桐生 彩 <a-kiryu@hinode-sangyo.co.jp>",
    to=["<yuki.hanazono.mama@gmail.com>"],
    subject="Fw: たんぽぽ組 連絡網（最新版）",
    charset="utf-8",
    body="""花園さん

会社のアドレスからですみません、桐生です。
園から届いた連絡網、花園さんのところに来ていないとのことだったので、メールごと添付しますね。
クリスマス会の係分担はLINEで相談しましょう！
""",
    attachments=[{
        "kind": "eml", "name": "たんぽぽ組連絡網.eml",
        "message": {
            "sender": "ひだまり保育園 <renraku@hidamari-kids.co.jp>",
            "to": ["桐生 彩 <a-kiryu@hinode-sangyo.co.jp>"],
            "subject": "【たんぽぽ組】連絡網（10月更新）",
            "charset": "iso-2022-jp",
            "body": f"""たんぽぽ組 保護者の皆さま

連絡網を更新しました。お手元の控えと差し替えをお願いします。

1. 桐生 湊　　　（母）桐生 彩　　　{_mobile()}
2. 花園 いろは　（母）花園 由紀　　{_mobile()}
3. 五百旗頭 結衣（父）五百旗頭 亮　{_mobile()}
4. 汐入 美月　　（母）汐入 恭子　　{_mobile()}
5. 鰐淵 樹　　　（父）鰐淵 健太　　{_mobile()}
6. 東海林 さくら（母）東海林 麻衣　{_mobile()}

※連絡網は園の行事連絡以外には使用しないでください。
ひだまり保育園
""",
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="forwarded class phone tree (six families' names and mobiles) attached as mail, to a private free-mail address",
))

# 28. 全角スペース揃え・和暦・全角数字の在籍児一覧（6名）
_p28 = [_zen(_mobile()) for _ in range(6)]
_M.append(dict(
    sender=MAMIYA,
    to=[NIJI],
    subject="地域枠 受入児童の一覧（日の出産業 従業員分）",
    charset="cp932",
    body=f"""社会福祉法人 虹の橋会
にじのはし保育園 事務室 御中

お世話になっております。日の出産業の間宮です。
令和８年度の従業員枠で在籍しているお子さまの一覧を、ご依頼いただいた形式でお送りします。

　児童氏名　　　　　生年月日　　　　　　　保護者　　　　　　携帯電話
　――――――――――――――――――――――――――――――――――――――――
　宇佐美　凪　　　　令和{_zen('4')}年{_zen('2')}月{_zen('16')}日　　宇佐美　香織　　　{_p28[0]}
　真栄田　琉生　　　令和{_zen('3')}年{_zen('7')}月{_zen('1')}日　　　真栄田　剛　　　　{_p28[1]}
　鵜飼　つむぎ　　　令和{_zen('5')}年{_zen('11')}月{_zen('20')}日　鵜飼　千景　　　　{_p28[2]}
　芦屋　颯太　　　　令和{_zen('4')}年{_zen('9')}月{_zen('4')}日　　　芦屋　直人　　　　{_p28[3]}
　嘉手納　芽依　　　令和{_zen('5')}年{_zen('5')}月{_zen('27')}日　　嘉手納　舞　　　　{_p28[4]}
　能登　陽翔　　　　令和{_zen('4')}年{_zen('3')}月{_zen('30')}日　　能登　一樹　　　　{_p28[5]}

以上６名です。ご確認のほどよろしくお願いいたします。
{SIG_MAMIYA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six children with 和暦 full-width DOBs and parents' mobiles in a full-width padded table to an external nursery",
))

# 29. 市役所を To、2つの保育園を Cc（3組織が互いに見える）
_M.append(dict(
    sender=KOGA,
    to=["東浜市 保育課 企画係 <hoiku-kikaku@city.higashihama.lg.jp>"],
    cc=[HIDAMARI_ENCHO, "そらいろ保育室 施設長 <shisetsucho@sorairo-hoiku.jp>",
        "三枝 真由美 <m-saegusa@hinode-sangyo.co.jp>"],
    subject="地域枠 合同説明会（1/16）の役割分担について",
    charset="iso-2022-jp",
    body=f"""東浜市 保育課 企画係 御中
（cc：ひだまり保育園様、そらいろ保育室様）

いつもお世話になっております。日の出産業の古閑です。
1月16日（土）の地域枠 合同説明会につき、役割分担案をお送りします。

　10:00-10:20　市の保育制度のご説明（東浜市様）
　10:20-10:50　各園のご紹介（ひだまり保育園様・そらいろ保育室様）
　10:50-11:30　個別相談

会場は弊社1階の多目的ホールです。駐車場はございませんのでご了承ください。
{SIG_KOGA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="a city office and two nurseries (three external organisations) visible to each other in To/Cc",
))

# 30. 本番データから抽出した検証データ（20名）をシステムベンダーへ
_SUR = ["佐伯", "鳴海", "木佐貫", "宍戸", "雲母", "仙波", "忽那", "左右田", "釈迦郡", "一尺八寸",
        "小比類巻", "京極", "湊川", "御手洗", "新城", "日下部", "葛西", "漆原", "猪狩", "皆川"]
_GIV = ["美穂", "大樹", "沙織", "健吾", "瞳", "拓海", "恵理", "誠", "由衣", "翔太",
        "綾乃", "悠", "麻由", "航平", "千夏", "慎也", "朋美", "亮介", "絢子", "洋平"]
_rows30 = [["社員番号", "氏名", "生年月日", "所属", "育休開始日", "復職予定日", "子の生年月日", "個人携帯"]]
for _i in range(20):
    _rows30.append([
        f"H{_rng.randrange(10000, 13000)}", f"{_SUR[_i]} {_GIV[(_i * 7) % 20]}",
        f"{_rng.randrange(1984, 1997)}/{_rng.randrange(1, 13):02d}/{_rng.randrange(1, 29):02d}",
        _rng.choice(["営業部", "設計部", "経理部", "生産管理部", "品質保証部", "人事部"]),
        f"2026/{_rng.randrange(1, 10):02d}/01", f"2027/{_rng.randrange(1, 5):02d}/01",
        f"2025/{_rng.randrange(1, 13):02d}/{_rng.randrange(1, 29):02d}", _mobile()])
_M.append(dict(
    sender="小田切 剛 <t-odagiri@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援チーム <dounyu@tsubasa-system.jp>"],
    subject="【育休管理モジュール】検証用データの送付",
    charset="utf-8",
    body="""ツバサシステム株式会社
導入支援チーム 御中

お世話になっております。日の出産業 情報システム部の小田切です。
受入テスト用のデータをお送りします。ダミーだと再現しない不具合があったため、
本番の人事マスタから育休取得者20名分を抽出しています。テスト完了後は削除をお願いします。

取込時にエラーになった「子の生年月日」列の日付形式もこのファイルで確認いただけるかと思います。

--
情報システム部 小田切 剛
日の出産業株式会社 内線3310
""",
    attachments=[{"kind": "xlsx", "name": "ikukyu_test_data_20261030.xlsx",
                  "sheets": {"育休取得者": _rows30}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="twenty real-looking employee records (DOB, mobile, leave dates) extracted for testing, sent to an external vendor",
))

# 31. システムベンダーの look-alike（TLD 違い: tsubasa-system.co.jp）
_M.append(dict(
    sender="小田切 剛 <t-odagiri@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援チーム <dounyu@tsubasa-system.co.jp>"],
    subject="育休管理モジュールの権限設定について",
    charset="iso-2022-jp",
    body="""ツバサシステム 導入支援チーム 御中

お世話になっております。小田切です。
育休管理モジュールの権限設定について2点確認させてください。

1. 所属長ロールに「復職予定日」のみ参照させ、「子の情報」タブを非表示にできますか。
2. 人事部ロールのCSV出力を監査ログに残す設定はどの画面にありますか。

ご回答は来週中で構いません。
--
情報システム部 小田切 剛
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-system.co.jp is a TLD-swapped look-alike of partner tsubasa-system.jp",
))

# 32. 法律事務所の look-alike（ホモグリフ: shirakawa-1aw.jp）
_M.append(dict(
    sender="千早 涼介 <r-chihaya@hinode-sangyo.co.jp>",
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-1aw.jp>"],
    subject="共同利用契約書（改定案）のレビューのお願い",
    charset="cp932",
    body="""白川法律事務所
白川 先生

いつも大変お世話になっております。日の出産業 法務部の千早です。
企業主導型保育所の共同利用契約書について、来年度からの改定案を作成いたしました。
主な変更点は、利用料の改定条項と、共同利用企業の途中解約時の取扱いです。
お忙しいところ恐縮ですが、11月中旬までにご確認いただけますでしょうか。

日の出産業株式会社 法務部 千早 涼介
""",
    attachments=[{"kind": "docx", "name": "共同利用契約書_改定案_v3.docx",
                  "paragraphs": ["企業主導型保育所 共同利用契約書（改定案）",
                                 "第1条（目的）本契約は、甲が設置する保育施設を乙の従業員が利用するにあたり…",
                                 "第7条（利用料）乙は、利用児童1名につき月額…",
                                 "第12条（中途解約）乙は、3か月前までに書面で通知することにより…"]}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-1aw.jp replaces l with 1 in partner shirakawa-law.jp: homoglyph look-alike",
))

# 33. 銀行の look-alike（midori-ginkou.co.jp）
_M.append(dict(
    sender=TOKANO,
    to=["みどり銀行 法人営業部 葛城様 <katsuragi@midori-ginkou.co.jp>"],
    subject="従業員向け「子育て応援ローン」提携のご相談",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
葛城 様

いつもお世話になっております。日の出産業 経理部の戸叶です。
先日お話のあった、従業員向け「子育て応援ローン」の職域提携について、
社内で前向きに検討することになりました。
金利優遇の条件と、給与天引きでの返済可否について資料をお送りいただけますでしょうか。
{SIG_TOKANO}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp adds a letter to partner midori-ginko.co.jp: look-alike domain",
))

# 34. 生活管理指導表（アレルギー疾患用）の PDF を保育室へ
_M.append(dict(
    sender="大曽根 美帆 <m-osone@hinode-sangyo.co.jp>",
    to=["そらいろ保育室 入園担当 <nyuen@sorairo-hoiku.jp>"],
    subject="生活管理指導表の提出",
    charset="utf-8",
    body="""そらいろ保育室 入園担当様

お世話になっております。大曽根です。
1月からの転園にあたり、主治医に記入していただいた生活管理指導表をスキャンしてお送りします。
原本は初日に持参します。

大曽根 美帆
""",
    attachments=[{
        "kind": "pdf", "name": "生活管理指導表_大曽根陽葵.pdf", "title": "保育所におけるアレルギー疾患生活管理指導表",
        "lines": [
            "保育所におけるアレルギー疾患生活管理指導表（食物アレルギー・アナフィラキシー）",
            "名前：大曽根 陽葵（おおそね ひまり）　女　生年月日：2025年4月9日（1歳6か月）",
            "A. 食物アレルギー病型：即時型",
            "B. アナフィラキシー病型：食物（原因：鶏卵）",
            "C. 原因食品・除去根拠：鶏卵（明らかな症状の既往、IgE抗体陽性）、牛乳（負荷試験陽性）",
            "D. 緊急時に備えた処方薬：内服薬（抗ヒスタミン薬）、アドレナリン自己注射薬「エピペン0.15mg」",
            "保育所での生活上の留意点：給食 除去食、食物・食材を扱う活動 配慮が必要",
            "記載日：2026年10月15日　医療機関名：みなと台こども医院　医師名：葉山 修一",
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a doctor's allergy management form (diagnosis, prescription) for one named child, as PDF to an external nursery",
))

# 35. 【極秘】閉園・事業譲渡の相談を法律事務所へ
_M.append(dict(
    sender="鷲尾 康弘 <y-washio@hinode-sangyo.co.jp>",
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["千早 涼介 <r-chihaya@hinode-sangyo.co.jp>"],
    subject="【極秘】企業主導型保育所の事業譲渡に関するご相談",
    charset="cp932",
    body="""白川先生

いつもお世話になっております。総務部長の鷲尾です。

取扱区分：極秘（関係者限り）

ひだまり保育園（銀座）について、来年度末での閉園または他社への事業譲渡を検討しております。
現時点で社内でも役員と一部の者しか承知しておりません。
論点は以下のとおりです。
　・助成金（整備費）の返還要否と金額の見込み
　・共同利用契約（3社）の中途解約と、在園児の転園支援の義務範囲
　・運営委託先との契約の終了手続き
来週、30分ほどお時間をいただけますでしょうか。

日の出産業株式会社 総務部長 鷲尾 康弘
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="mail classified 【極秘】 in subject and body sent to an external law firm (partner, but marking still applies)",
))

# 36. 運転免許証番号（シッター会社の本人確認）
_M.append(dict(
    sender="五十嵐 拓真 <t-igarashi@hinode-sangyo.co.jp>",
    to=["こもれびシッター 入会受付 <nyukai@komorebi-sitter.co.jp>"],
    subject="入会申込（本人確認書類の情報）",
    charset="iso-2022-jp",
    body=f"""こもれびシッター 入会受付 御中

お世話になります。五十嵐と申します。
スマホからの画像アップロードがエラーになるため、本人確認の内容をメールでお送りします。

　氏名　　　五十嵐 拓真
　生年月日　1991年7月9日
　住所　　　{IGA_ADDR}
　運転免許証番号　301948275610
　有効期限　2029年8月9日まで

会社の福利厚生（ベビーシッター割引券）を利用する予定です。
よろしくお願いいたします。
""",
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a driver's licence number with name, DOB and address to an external babysitter company",
))

# 37. 年末年始 一時預かり希望者（5名, 1件ずつのブロック）
_M.append(dict(
    sender=SAEGUSA,
    to=[HIDAMARI_NYUEN],
    subject="年末年始 一時預かりの利用希望者について",
    charset="utf-8",
    body=f"""ひだまり保育園 入園担当 御中

お世話になっております。三枝です。
12/29・12/30 の一時預かりについて、社内で希望を募ったところ5名から申込がありました。
お手数ですが、受入可否をご確認ください。

【1】四十物 大輔（物流企画部）
　住所：千葉県市川市妙典7-3-5-302
　携帯：{_mobile()}
　お子さま：四十物 晴（2024年6月21日生）　希望日 12/29・12/30

【2】八月一日 翔（情報システム部）
　住所：東京都大田区西蒲田11-2-8
　携帯：{_mobile()}
　お子さま：八月一日 陽向（2024年9月12日生）　希望日 12/30

【3】宇佐美 香織（経理部）
　住所：東京都大田区南六郷9-14-1 コーポ六郷205
　携帯：{_mobile()}
　お子さま：宇佐美 凪（2022年2月16日生）　希望日 12/29

【4】芦屋 直人（生産管理部）
　住所：千葉県船橋市本中山8-21-6
　携帯：{_mobile()}
　お子さま：芦屋 颯太（2022年9月4日生）　希望日 12/29・12/30

【5】鵜飼 千景（営業部）
　住所：東京都江戸川区東葛西10-5-3-711
　携帯：{_mobile()}
　お子さま：鵜飼 つむぎ（2023年11月20日生）　希望日 12/30

以上です。よろしくお願いいたします。
{SIG_SAEGUSA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="five employees' blocks (home address, mobile, child DOB) to the external nursery operator",
))

# 38. 病児保育の事前登録（7名, タブ区切り, 既往歴）
_rows38 = [
    ("宇佐美 凪", "うさみ なぎ", "2022/02/16", "宇佐美 香織", "かまた小児科", "てんかん（バルプロ酸内服）"),
    ("真栄田 琉生", "まえだ るい", "2021/07/01", "真栄田 剛", "新丸子こどもクリニック", "ピーナッツアレルギー"),
    ("能登 陽翔", "のと はると", "2022/03/30", "能登 一樹", "にじいろ小児科", "小児喘息"),
    ("鵜飼 つむぎ", "うかい つむぎ", "2023/11/20", "鵜飼 千景", "葛西キッズクリニック", "なし"),
    ("芦屋 颯太", "あしや そうた", "2022/09/04", "芦屋 直人", "本中山医院", "熱性けいれん（2回）"),
    ("嘉手納 芽依", "かでな めい", "2023/05/27", "嘉手納 舞", "浦和小児科", "なし"),
    ("四十物 晴", "あいもの はる", "2024/06/21", "四十物 大輔", "妙典こども医院", "川崎病（2025年罹患）"),
]
_M.append(dict(
    sender=MAMIYA,
    to=["すこやか病児保育室 受付 <uketsuke@sukoyaka-byoji.jp>"],
    subject="法人契約 事前登録者の追加（7名）",
    charset="cp932",
    body="すこやか病児保育室 ご担当者様\n\nお世話になっております。日の出産業の間宮です。\n"
         "法人契約の事前登録者を7名追加でお願いいたします（Excelから貼り付けています）。\n\n"
         + "児童氏名\tふりがな\t生年月日\t保護者\tかかりつけ医\t既往歴・持病\n"
         + "\n".join("\t".join(r) for r in _rows38)
         + f"\n\n登録票の原本は各保護者から初回利用時に提出いたします。\n{SIG_MAMIYA}\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="seven children's tab-separated rows with DOB and medical history to an external sick-child daycare",
))

# 39. 子のマイナンバーを全角で本文に（給付認定申請の補正）
_M.append(dict(
    sender=SAIONJI,
    to=["川波市 保育課 給付係 <kyufu@city.kawanami.lg.jp>"],
    subject="施設等利用給付認定申請書の補正について（能登）",
    charset="iso-2022-jp",
    body=f"""川波市 保育課 給付係
ご担当者様

お世話になっております。日の出産業 人事部の西園寺です。
昨日お電話をいただいた、弊社社員 能登 一樹 の申請書の補正の件です。
「児童の個人番号」欄が空欄だったとのことで、本人に確認のうえご連絡いたします。

　児童氏名：能登　陽翔
　個人番号：{_zen(MN[1][:4])}　{_zen(MN[1][4:8])}　{_zen(MN[1][8:])}

本人は本日以降、日中は電話に出られないため、弊社経由でのご連絡となりました。
よろしくお願いいたします。
{SIG_SAIONJI}
""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a child's My Number in full-width digits in the body, to an external city office",
))

# 40. 就労証明書 5名分を一つの DOCX にまとめて市役所へ
def _shuro(name: str, dob: str, addr: str, hours: str, back: str) -> list[list[str]]:
    return [["項目", "内容"], ["本人氏名", name], ["生年月日", dob], ["住所", addr],
            ["就労時間", hours], ["育休・復職", back]]


_M.append(dict(
    sender=HASEBE,
    to=[HIGASHIHAMA],
    subject="就労証明書（5名分）の送付",
    charset="cp932",
    body=f"""東浜市 保育課 入所係 ご担当者様

お世話になっております。日の出産業の長谷部です。
東浜市在住の弊社従業員5名分の就労証明書を、電子提出用にまとめてお送りします。
各人からの申請書と突合いただけますようお願いいたします。
{SIG_HASEBE}
""",
    attachments=[{
        "kind": "docx", "name": "就労証明書_東浜市_5名分.docx",
        "paragraphs": ["就労証明書（令和9年度 東浜市様式に準拠）", "事業所名：日の出産業株式会社",
                       "証明日：令和8年10月28日"],
        "tables": [
            _shuro("鰐淵 健太", "平成元年5月3日", WANI_ADDR, "9:00-17:30 月～金", "育休中／令和9年4月1日復職予定"),
            _shuro("汐入 恭子", "平成元年10月23日", "神奈川県東浜市港町3-4-5 シーサイド港町901", "9:00-16:00（短時間勤務）", "就労中"),
            _shuro("五百旗頭 亮", "昭和61年7月28日", "神奈川県東浜市汐見台2-8-1", "8:30-17:00 月～金", "就労中"),
            _shuro("伊集院 志保", "平成4年4月12日", "神奈川県東浜市みなと台5-1-22-1203", "9:30-18:00 シフト制", "育休中／令和9年4月1日復職予定"),
            _shuro("小田 圭吾", "平成2年1月30日", "神奈川県東浜市浜見町14-7", "9:00-17:30 月～金", "就労中"),
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five employees' 就労証明書 records (DOB, home address) in one DOCX to an external city office",
))

# 41. 社員の個人アドレス＋保育室＋シッター会社（3者が To で見える）
_M.append(dict(
    sender=SAEGUSA,
    to=["大曽根 美帆 <miho.osone.home@gmail.com>", "そらいろ保育室 <info@sorairo-hoiku.jp>",
        "こもれびシッター サポート <support@komorebi-sitter.co.jp>"],
    subject="お迎え時の引き継ぎ方法について（三者確認）",
    charset="iso-2022-jp",
    body=f"""大曽根さん、そらいろ保育室様、こもれびシッター様

お世話になっております。日の出産業の三枝です。
来週から火・木のお迎えをシッターさんにお願いする件で、引き継ぎ方法を確認させてください。

・お迎え時は、シッターさんが「お迎えカード」を提示
・保育室は、カード記載の名前と顔写真を確認のうえ引き渡し
・初回（11/10）のみ、大曽根さんご本人も同席

問題なければ、このメールにご返信ください。
{SIG_SAEGUSA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="a private person, a nursery and a sitter company (three external parties) in To: should have been Bcc",
))

# 42. look-alike（hinode-sangyo.jp: co. 抜け）に復職予定者一覧
_M.append(dict(
    sender=SAEGUSA,
    to=["労務管理グループ <kanri@hinode-sangyo.jp>"],
    subject="【共有】4月復職予定者（6名）",
    charset="cp932",
    body=f"""労務管理グループ各位

お疲れさまです。三枝です。
4月復職予定者をまとめました。勤怠設定の準備をお願いします。

氏名　　　　　所属　　　　　　復職日　　勤務形態　　　　　　子の年齢
伊集院 志保　　営業部　　　　　4/1　　　短時間（9:30-16:30）　1歳
松永 加奈子　　経理部　　　　　4/1　　　短時間（9:00-16:00）　1歳
百目鬼 遥　　　品質保証部　　　4/1　　　フルタイム　　　　　　1歳
中野 奈緒　　　総務部　　　　　4/6　　　短時間（9:00-15:30）　1歳
小鳥遊 恵　　　設計部　　　　　4/1　　　短時間（10:00-17:00）　1歳
鵜飼 千景　　　営業部　　　　　4/13　　フルタイム　　　　　　1歳

以上、よろしくお願いします。
{SIG_SAEGUSA}
""",
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyo.jp drops the co. of the own domain: look-alike, carrying a six-person list",
))

# 43. 保育料補助の一覧（旧形式 XLS, 15名, 振込口座）を社労士へ
_B43 = ["みどり銀行 東浜支店 普通", "みどり銀行 本店営業部 普通", "さくら信金 品川支店 普通",
        "みどり銀行 蒲田支店 当座", "ゆうちょ銀行 〇一八店 普通"]
_rows43 = [["保育料補助 支給一覧（令和8年10月分）"], [],
           ["No", "社員氏名", "子の氏名", "利用施設", "月額保育料", "補助額", "振込先口座"]]
for _i, (_p, _c) in enumerate([
        ("伊集院 志保", "伊集院 奏"), ("松永 加奈子", "松永 悠真"), ("百目鬼 遥", "百目鬼 紬"),
        ("中野 奈緒", "中野 葵"), ("小鳥遊 恵", "小鳥遊 蓮"), ("五百旗頭 亮", "五百旗頭 結衣"),
        ("宇佐美 香織", "宇佐美 凪"), ("真栄田 剛", "真栄田 琉生"), ("汐入 恭子", "汐入 美月"),
        ("鵜飼 千景", "鵜飼 つむぎ"), ("芦屋 直人", "芦屋 颯太"), ("嘉手納 舞", "嘉手納 芽依"),
        ("四十物 大輔", "四十物 晴"), ("八月一日 翔", "八月一日 陽向"), ("東海林 麻衣", "東海林 さくら")]):
    _fee = _rng.choice([28000, 35500, 41000, 52000, 19800])
    _rows43.append([_i + 1, _p, _c, _rng.choice(["ひだまり保育園", "認可外", "認可保育所", "そらいろ保育室"]),
                    _fee, min(_fee // 2, 20000), f"{_rng.choice(_B43)} {_rng.randrange(1000000, 9999999)}"])
_M.append(dict(
    sender=TOKANO,
    to=[MINATO_SR],
    cc=["柘植 理沙 <r-tsuge@hinode-sangyo.co.jp>"],
    subject="保育料補助の課税区分について（一覧添付）",
    charset="cp932",
    body=f"""真壁様

経理部の戸叶です。柘植から話が行っているかと思いますが、
保育料補助（企業主導型以外の利用者分）の給与課税の扱いについてご相談です。
10月支給分の一覧を添付しますので、非課税で処理できる範囲をご教示ください。
（給与システムの都合で古い.xls形式です。すみません）
{SIG_TOKANO}
""",
    attachments=[{"kind": "xls", "name": "hoikuryo_hojo_202610.xls",
                  "sheets": {"10月分": _rows43}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="fifteen employees' rows with children's names, fees and bank accounts (legacy XLS) to an external 社労士",
))

# 44. English: a child's ASD diagnosis to an international preschool
_M.append(dict(
    sender="Emily Hoshino <e-hoshino@hinode-sangyo.co.jp>",
    to=["Ms. Clarke <office@little-acorns-intl.jp>"],
    subject="Leo Hoshino - support plan before he starts in January",
    charset="utf-8",
    body=f"""Dear Ms. Clarke,

Thank you for meeting us on Saturday. As promised, here is some background on Leo before
he joins the Acorn class in January.

Leo was diagnosed with autism spectrum disorder (ASD) in August at the Higashihama Child
Development Center. He is non-verbal for now and uses picture cards at home. Loud, sudden
noises (hand dryers, the school bell) can trigger a meltdown; noise-cancelling headphones
help a lot. His occupational therapist, Ms. Noda, is happy to talk to your staff.

I'm back at work full-time from January, so e-mail is the best way to reach me.
{_sig_en("Emily Hoshino", "Global Procurement", "e-hoshino")}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named child's autism diagnosis (disability/medical, 要配慮) in an English mail to an external preschool",
))

# 45. パスワード付き PDF（入所申請書の控え）
_M.append(dict(
    sender=HASEBE,
    to=["川波市 保育課 入所係 <nyusho@city.kawanami.lg.jp>"],
    subject="入所申請書（控え）の送付について",
    charset="iso-2022-jp",
    body=f"""川波市 保育課 入所係 ご担当者様

いつもお世話になっております。日の出産業の長谷部です。
ご依頼のありました入所申請書（控え）の写しをお送りします。
PDFにはパスワードを設定しておりますので、お電話でお伝えいたします。
{SIG_HASEBE}
""",
    attachments=[{"kind": "pdf", "name": "入所申請書_控え.pdf", "password": "kawanami1029",
                  "lines": ["保育所等入所申請書（控え）", "申請者：グエン・ティ・ラン", "児童：グエン・ミン・アン"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF to an external city office cannot be inspected",
))

# 46. 返信の引用部は既知だが、新しい本文で下の子の喘息を追加
_M.append(dict(
    sender="能登 一樹 <k-noto@hinode-sangyo.co.jp>",
    to=[NIJI],
    subject="RE: 【にじのはし保育園】10月の与薬について",
    charset="cp932",
    body="""にじのはし保育園
事務室 ご担当者様

ご連絡ありがとうございます。陽翔の件、承知しました。

あわせてご相談です。下の子のことはですが、昨日小児科で小児喘息と診断され、
朝晩の吸入（パルミコート）と、発作時の頓服（メプチン）を処方されました。
園で発作が出た場合の対応について、与薬依頼書を提出すればよいでしょうか。

能登 一樹

差出人: にじのはし保育園 <jimu@niji-no-hashi.or.jp>
送信日時: 2026年10月27日 17:12
宛先: 能登 一樹 <k-noto@hinode-sangyo.co.jp>
件名: 【にじのはし保育園】10月の与薬について

能登 陽翔くんの保護者様
アレルギー性鼻炎のお薬（点鼻薬）について、与薬依頼書の有効期限が10月末までとなっております。
11月以降も継続される場合は、新しい依頼書をご提出ください。
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="quoted part is the nursery's own text, but the new text adds a second child's asthma diagnosis and medication",
))

# 47. 保護者アプリ初期登録用 CSV（UTF-8, 10名, メール・携帯）
_P47 = [("桐生 彩", "aya.kiryu.0402@gmail.com", "桐生 湊", "たんぽぽ"),
        ("鰐淵 健太", "k.wanibuchi@icloud.com", "鰐淵 樹", "たんぽぽ"),
        ("勅使河原 美咲", "misaki-t@yahoo.co.jp", "勅使河原 蒼", "ひよこ"),
        ("五百旗頭 亮", "ryo_iokibe@gmail.com", "五百旗頭 結衣", "たんぽぽ"),
        ("東海林 麻衣", "mai.shoji.1992@outlook.jp", "東海林 さくら", "ひよこ"),
        ("四十物 大輔", "aimono.d@gmail.com", "四十物 晴", "ひよこ"),
        ("汐入 恭子", "kyoko.shioiri@icloud.com", "汐入 美月", "たんぽぽ"),
        ("八月一日 翔", "hozumi.sho@docomo.ne.jp", "八月一日 陽向", "ひよこ"),
        ("大曽根 美帆", "miho.osone.home@gmail.com", "大曽根 陽葵", "たんぽぽ"),
        ("花園 由紀", "yuki.hanazono.mama@gmail.com", "花園 いろは", "たんぽぽ")]
_M.append(dict(
    sender=SAEGUSA,
    to=[HIDAMARI_NYUEN],
    subject="保護者アプリ 初期登録用データ",
    charset="utf-8",
    body=f"""ひだまり保育園 入園担当様

お世話になっております。三枝です。
連絡帳アプリの切替に伴う初期登録用データです。
アプリ会社のフォーマット（UTF-8 CSV）に合わせています。
{SIG_SAEGUSA}
""",
    attachments=[{"kind": "csv", "name": "app_shokitouroku.csv", "encoding": "utf-8",
                  "rows": [["保護者氏名", "メールアドレス", "携帯電話", "児童氏名", "クラス"]]
                  + [[a, b, _mobile(), c, d] for a, b, c, d in _P47]}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ten parents' private e-mails and mobiles in a UTF-8 CSV to the external nursery operator",
))

# 48. 宗教上の食事制限（信条 = 要配慮）を保育室へ
_M.append(dict(
    sender=SAIONJI,
    to=[SORAIRO],
    subject="給食の配慮についてのご相談（ハーン ユースフくん）",
    charset="iso-2022-jp",
    body=f"""そらいろ保育室
施設長 様

お世話になっております。日の出産業 人事部の西園寺です。
12月から共同利用枠で入室予定の、弊社社員 ハーン・アリさんのご長男 ハーン・ユースフくん（2歳）の件です。

ご家庭がイスラム教を信仰されているため、給食・おやつについて
豚肉および豚由来の原材料（ゼラチン、ラード、エキス類）と、
みりん・料理酒などアルコールを含む調味料を使用したものの除去をお願いしたいとのことです。
ラマダン期間中もお子さまは通常どおり食事をとるとのことです。

対応可能な範囲を、入室前の面談でご相談させてください。
{SIG_SAIONJI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named family's religion (要配慮: 信条) tied to a child, in running text to an external nursery",
))

# 49. DV被害・支援措置（犯罪被害）を市役所へ
_M.append(dict(
    sender=SAEGUSA,
    to=["旭ヶ丘市 保育幼稚園課 <hoyo@city.asahigaoka.lg.jp>"],
    subject="入所申請に関するご配慮のお願い（弊社社員）",
    charset="utf-8",
    body=f"""旭ヶ丘市 保育幼稚園課
ご担当者様

お世話になっております。日の出産業 人事部の三枝です。
本人の了承を得たうえで、ご相談のご連絡を差し上げます。

弊社社員 真鍋 由紀子 は、元配偶者からのDV被害により現在貴市に避難しており、
住民基本台帳の閲覧制限等の支援措置を受けております。
今回、長男の保育所入所申請を行うにあたり、
入所先や住所が元配偶者に伝わることのないよう、特段のご配慮をお願いできますでしょうか。
就労証明書は弊社から直接、貴課宛に郵送いたします。

ご担当の方から本人に連絡いただく場合は、会社（三枝）経由でお願いいたします。
{SIG_SAEGUSA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee as a victim of domestic violence (要配慮: crime victim) to an external city office",
))

# 50. 嘱託医 内科健診結果（PDF 表, 6名）を運営事業者へ
_M.append(dict(
    sender=KOGA,
    to=[HIDAMARI_ENCHO],
    subject="嘱託医 内科健診結果（10月実施分）の共有",
    charset="cp932",
    body=f"""宮之原園長

お世話になっております。古閑です。
嘱託医の葉山先生から、10月実施分の内科健診の結果が弊社宛に届きましたので転送いたします。
要精査の園児については、保護者への連絡をお願いいたします。
{SIG_KOGA}
""",
    attachments=[{
        "kind": "pdf", "name": "内科健診結果_202610.pdf",
        "lines": ["ひだまり保育園 内科健診結果（2026年10月14日実施）", "嘱託医：みなと台こども医院 葉山 修一", ""],
        "table": [["氏名", "生年月日", "身長", "体重", "所見", "判定"],
                  ["桐生 湊", "2025/05/14", "79.2", "10.1", "湿疹（顔面）", "経過観察"],
                  ["鰐淵 樹", "2025/02/27", "81.5", "10.8", "特記なし", "異常なし"],
                  ["勅使河原 蒼", "2024/08/03", "84.0", "11.6", "心雑音（収縮期）", "要精査"],
                  ["五百旗頭 結衣", "2025/01/19", "78.8", "9.4", "体重増加不良", "要観察"],
                  ["東海林 さくら", "2024/11/30", "80.3", "10.5", "特記なし", "異常なし"],
                  ["四十物 晴", "2024/06/21", "85.1", "12.0", "川崎病後 冠動脈瘤フォロー中", "主治医管理"]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six children's health check results (findings, DOB) in a PDF table to the external nursery operator",
))

# 51. 取扱注意 を header に持つ料金表案（XLSX）を印刷会社へ
_M.append(dict(
    sender=TAKANO,
    to=["錦印刷 企画営業部 <kikaku@nishiki-insatsu.co.jp>"],
    subject="保育園パンフレット 料金ページの原稿",
    charset="utf-8",
    body=f"""錦印刷株式会社
企画営業部 御中

お世話になっております。日の出産業の鷹野です。
ひだまり保育園のパンフレット改訂版の、料金ページ原稿をお送りします。
レイアウトは前回と同じで構いません。初校は11月20日頃にいただけますと助かります。
{SIG_TAKANO}
""",
    attachments=[{
        "kind": "xlsx", "name": "料金表_原稿_R9.xlsx", "page_header": "取扱注意",
        "sheets": {"料金表": [["【取扱注意】令和9年度 利用料（案）"], [],
                             ["区分", "0歳児", "1・2歳児", "3歳児以上"],
                             ["従業員枠（月額）", "37,000", "37,000", "0（無償化）"],
                             ["地域枠（月額）", "42,000", "42,000", "0（無償化）"],
                             ["延長保育（30分）", "300", "300", "300"],
                             ["一時保育（1日）", "4,800", "4,200", "3,600"]]},
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="XLSX stamped 取扱注意 (print header and title row) sent to an external printer",
))

# 52. 社内メールの転送（6名の個人携帯）をシッター会社へ
_M.append(dict(
    sender=MAMIYA,
    to=["こもれびシッター 法人契約窓口 <houjin@komorebi-sitter.co.jp>"],
    subject="転送：11月 シッター利用希望者の連絡先",
    charset="iso-2022-jp",
    body=f"""こもれびシッター 法人契約窓口 ご担当者様

お世話になっております。日の出産業の間宮です。
社内で取りまとめた11月の利用希望者です。初回面談の日程調整のため、
各人へ直接ご連絡いただけますでしょうか。

-------- 転送メッセージ --------
件名: シッター利用希望者（11月）
差出人: 三枝 真由美
宛先: 間宮 紗英

間宮さん
11月の利用希望者です。窓口への連絡をお願いします。

・伊集院 志保　{_mobile()}　平日夜（週2）
・松永 加奈子　{_mobile()}　土曜日中
・中野 奈緒　　{_mobile()}　病児対応希望
・小鳥遊 恵　　{_mobile()}　平日夜（週1）
・嘉手納 舞　　{_mobile()}　送迎のみ
・鵜飼 千景　　{_mobile()}　平日夜（週3）

三枝
{SIG_MAMIYA}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a forwarded internal list of six employees' private mobiles (new text to the recipient) to an external sitter company",
))

# 53. 共同利用企業の look-alike（ハイフン: aoba-unyu-co.jp）
_M.append(dict(
    sender=KOGA,
    to=["青葉運輸 総務課 <soumu@aoba-unyu-co.jp>"],
    subject="令和9年度 共同利用枠のご案内",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
総務課 御中

いつもお世話になっております。日の出産業の古閑です。
令和9年度のひだまり保育園 共同利用枠について、貴社向けに2名分（1歳児1、2歳児1）を確保しております。
利用予定者がいらっしゃる場合は、12月18日までにお知らせください。
共同利用料は今年度から据え置きの予定です。
{SIG_KOGA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu-co.jp puts a hyphen for the dot of partner aoba-unyu.co.jp: look-alike domain",
))

# 54. 入園申込書（XLSX）に子のマイナンバー
_mn54 = MN[2]
_M.append(dict(
    sender="鰐淵 健太 <k-wanibuchi@hinode-sangyo.co.jp>",
    to=["そらいろ保育室 入園担当 <nyuen@sorairo-hoiku.jp>"],
    subject="入園申込書の送付（鰐淵 樹）",
    charset="cp932",
    body="""そらいろ保育室 入園担当様

お世話になります。鰐淵です。
入園申込書に記入しましたので添付します。
「無償化の手続きに必要」とのことでしたので、子どもの個人番号も記入しています。

鰐淵
""",
    attachments=[{"kind": "xlsx", "name": "入園申込書_鰐淵.xlsx",
                  "sheets": {"申込書": [["そらいろ保育室 入園申込書"], [],
                                       ["児童氏名", "鰐淵 樹"], ["ふりがな", "わにぶち いつき"],
                                       ["生年月日", "令和7年2月27日"], ["個人番号", _mn54],
                                       ["住所", WANI_ADDR], ["保護者", "鰐淵 健太"],
                                       ["勤務先", "日の出産業株式会社 設計部"]]}}],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a child's My Number on an enrollment form (XLSX) to an external nursery",
))

# 55. 復職前セミナー 参加者名簿（DOCX, 8名, 個人メール）を講師へ
_M.append(dict(
    sender=TAKANO,
    to=["キャリアブリッジ 講師 野々宮様 <nonomiya@career-bridge.co.jp>"],
    subject="12/3 復職前セミナー 参加者名簿",
    charset="utf-8",
    body=f"""野々宮先生

お世話になっております。日の出産業の鷹野です。
12月3日の復職前セミナーの参加者名簿をお送りします。
事前課題の案内は、名簿の個人メール宛に先生から直接お送りいただいて構いません。
{SIG_TAKANO}
""",
    attachments=[{
        "kind": "docx", "name": "復職前セミナー_参加者名簿.docx",
        "paragraphs": ["復職前セミナー（2026年12月3日）参加者名簿", "ダイバーシティ推進室"],
        "tables": [[["No", "氏名", "所属", "復職予定", "個人メール", "事前アンケート"],
                    ["1", "伊集院 志保", "営業部", "2027/4/1", "shiho.ijuin.0412@gmail.com", "時短の伝え方"],
                    ["2", "松永 加奈子", "経理部", "2027/4/1", "k.matsunaga_88@yahoo.co.jp", "キャリアの不安"],
                    ["3", "百目鬼 遥", "品質保証部", "2027/4/1", "haruka-dodomeki@icloud.com", "夫との分担"],
                    ["4", "中野 奈緒", "総務部", "2027/4/6", "nao-n.1031@docomo.ne.jp", "急な休み"],
                    ["5", "小鳥遊 恵", "設計部", "2027/4/1", "megumi.takanashi@outlook.jp", "時短の伝え方"],
                    ["6", "鵜飼 千景", "営業部", "2027/4/13", "chikage-ukai@yahoo.co.jp", "出張"],
                    ["7", "芦屋 直人", "生産管理部", "2027/2/1", "naoto.ashiya@outlook.jp", "男性育休後の評価"],
                    ["8", "嘉手納 舞", "営業部", "2027/4/1", "mai-kadena@softbank.ne.jp", "夜の会食"]]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="eight employees' private e-mails and attributes in a DOCX roster to an external trainer",
))

# 56. シッター会社4社に相見積を To で一斉送信
_M.append(dict(
    sender=MAMIYA,
    to=["こもれびシッター 法人契約窓口 <houjin@komorebi-sitter.co.jp>",
        "ベビーシッター マナティ 法人営業 <biz@manatee-sitter.com>",
        "キッズラボ・シッター 営業部 <sales@kidslab-sitter.jp>",
        "ナニーズホーム 法人担当 <corporate@nannys-home.co.jp>"],
    subject="【お見積依頼】法人向けベビーシッター補助制度のご提案",
    charset="cp932",
    body=f"""各社 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 総務部 福利厚生課の間宮と申します。
来年度から、従業員向けのベビーシッター利用補助を拡充するにあたり、
法人契約のお見積りとご提案をお願いしたく、ご連絡いたしました。

　想定利用者数：年間 約40名
　想定利用時間：1人あたり月10時間程度（平日夕方～夜が中心）
　ご提案期限：11月27日（金）

ご提案書の形式は問いません。よろしくお願いいたします。
{SIG_MAMIYA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four competing sitter companies openly in To can see each other: should have been Bcc",
))

# 57. 法人カードの番号を保育園の年会費支払いに（カード番号は誰のものでも止める）
_card2 = CARD[2]
_M.append(dict(
    sender=TOKANO,
    to=["ナニーズホーム 法人担当 <corporate@nannys-home.co.jp>"],
    subject="年会費のお支払いについて",
    charset="utf-8",
    body=f"""ナニーズホーム 法人担当 御中

お世話になっております。日の出産業 経理部の戸叶です。
法人会員の年会費（55,000円）につきまして、請求書払いではなく
カード決済をご希望とのことでしたので、弊社法人カードの情報をお知らせします。

　カード番号：{_sp4(_card2)}
　有効期限：2028年11月
　名義：HINODE SANGYO CO LTD / SHINYA TOKANO

決済完了後、領収書をPDFでお送りいただけますと幸いです。
{SIG_TOKANO}
""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a (corporate) credit card number with the holder's name sent by e-mail to an external company: any card number stops",
))

# 58. 社員本人の障害（精神障害者保健福祉手帳）を保育園へ
_M.append(dict(
    sender="宇佐美 香織 <k-usami@hinode-sangyo.co.jp>",
    to=[NIJI],
    subject="送迎時間についてのご相談",
    charset="iso-2022-jp",
    body="""にじのはし保育園
園長先生

いつもお世話になっております。ほし組の宇佐美 凪の母、宇佐美 香織です。

私事で恐縮ですが、私自身がうつ病の治療中で、精神障害者保健福祉手帳（2級）を取得しております。
体調の波があり、朝の送りが9時半を過ぎてしまう日が月に何度かありそうです。
会社には配慮をお願いしておりますが、園にもあらかじめお伝えしておきたくご連絡しました。
遅れる日は8時までに電話でご連絡いたします。

ご迷惑をおかけしますが、よろしくお願いいたします。

宇佐美 香織
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="the sender's own illness and disability certificate (要配慮) in running text to an external nursery",
))

# ======================================================================================
# 「通してよい」メール

# 59. 請求書受領のご連絡（請求書番号のみ）
_M.append(dict(
    sender=TOKANO,
    to=["ひだまりキッズ 経理課 <keiri@hidamari-kids.co.jp>"],
    subject="請求書受領のご連絡（HK-2610-0412）",
    charset="iso-2022-jp",
    body=f"""株式会社ひだまりキッズ
経理課 ご担当者様

いつもお世話になっております。日の出産業 経理部の戸叶です。
10月分 運営業務委託料の請求書（請求書番号：HK-2610-0412、金額 5,350,000円（税込 5,885,000円））を受領いたしました。
11月30日（月）に指定口座へお振込みの予定です。

なお、11月分からは電子請求書（PDF）のみのご送付で差し支えございません。
引き続きよろしくお願いいたします。
{SIG_TOKANO}

{DISCLAIMER_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary invoice acknowledgement (invoice number, amount, standard 機密情報 disclaimer): nothing personal, no marking",
))

# 60. 共同利用契約 修正コメント（DOCX, 個人情報なし）
_M.append(dict(
    sender="千早 涼介 <r-chihaya@hinode-sangyo.co.jp>",
    to=["そらいろ保育室 施設長 <shisetsucho@sorairo-hoiku.jp>"],
    subject="Re: 共同利用契約書（案）へのコメント",
    charset="cp932",
    body="""そらいろ保育室
施設長 様

お世話になっております。日の出産業 法務部の千早です。
ご送付いただいた共同利用契約書（案）に、弊社のコメントを入れてお返しします。
主に第5条（利用料の改定）と第11条（損害賠償の上限）について修正をお願いしております。
ご確認のほどよろしくお願いいたします。

日の出産業株式会社 法務部 千早 涼介
TEL 03-5555-0177

> 日の出産業 千早様
> 契約書案をお送りします。ご確認をお願いいたします。
> そらいろ保育室
""",
    attachments=[{"kind": "docx", "name": "共同利用契約書_案_日の出コメント.docx",
                  "paragraphs": ["共同利用契約書（案）", "第5条（利用料の改定）",
                                 "【日の出産業コメント】改定は年1回、3か月前の書面通知を条件としてください。",
                                 "第11条（損害賠償）",
                                 "【日の出産業コメント】上限額を年間利用料相当額とする案を提案します。"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="contract review comments in a DOCX: ordinary business mail, no personal data or marking",
))

# 61. 近隣の認可保育所一覧（事業所の連絡先）を社員の個人アドレスへ
_M.append(dict(
    sender=SAEGUSA,
    to=["伊集院 志保 <shiho.ijuin.0412@gmail.com>"],
    subject="Re: 東浜市の保育園の空き状況",
    charset="utf-8",
    body=f"""伊集院さん

お疲れさまです。三枝です。
ご自宅から通いやすそうな園を、市の公開情報からまとめました。
10月1日時点の1歳児の空き状況です。見学の予約は各園に直接お電話してください。

園名                      所在地                          電話            1歳児空き
------------------------  ------------------------------  --------------  --------
ひまわり保育園            東浜市汐見台3-2-1               045-555-2101    なし
東浜みなと保育園          東浜市みなと台1-8-4             045-555-2188    1名
しおさい小規模保育室      東浜市港町2-11-9 2F             045-555-2240    2名
こすもす保育園            東浜市浜見町6-3-15              045-555-2302    なし
東浜駅前ナーサリー        東浜市本町1-1-1 東浜駅ビル3F    045-555-2377    1名
ひだまり保育園（企業主導型） 中央区銀座9-8-7（当社ビル1F）  03-5555-8821    従業員枠 1名

二次調整の結果が出たら、また教えてください。
{SIG_SAEGUSA}

> 三枝さん
> 汐見台の近くで1歳児クラスに空きがある園をご存じでしたら教えてください。
> 伊集院
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="a list of nurseries (businesses) with addresses and phones to one employee's free-mail address",
))

# 62. 社内：復職予定者15名のアレルギー一覧を管理職へ（社内のみ）
_rows62 = [["4月復職予定者 子の配慮事項（人事部まとめ）"], [],
           ["社員氏名", "所属", "子の氏名", "子の生年月日", "配慮事項"]]
for _p, _d, _c, _b, _n in [
        ("伊集院 志保", "営業部", "伊集院 奏", "2025/06/02", "卵アレルギー"),
        ("松永 加奈子", "経理部", "松永 悠真", "2025/04/18", "なし"),
        ("百目鬼 遥", "品質保証部", "百目鬼 紬", "2025/08/29", "心室中隔欠損（経過観察）"),
        ("中野 奈緒", "総務部", "中野 葵", "2025/03/11", "なし"),
        ("小鳥遊 恵", "設計部", "小鳥遊 蓮", "2025/07/07", "アトピー性皮膚炎"),
        ("鵜飼 千景", "営業部", "鵜飼 つむぎ", "2023/11/20", "なし"),
        ("芦屋 直人", "生産管理部", "芦屋 颯太", "2022/09/04", "熱性けいれん既往"),
        ("嘉手納 舞", "営業部", "嘉手納 芽依", "2023/05/27", "なし"),
        ("鳴海 大樹", "設計部", "鳴海 湊斗", "2025/02/14", "乳アレルギー"),
        ("宍戸 沙織", "経理部", "宍戸 心春", "2025/05/05", "なし"),
        ("仙波 健吾", "物流企画部", "仙波 律", "2025/01/28", "低出生体重児（NICU退院後フォロー）"),
        ("忽那 瞳", "人事部", "忽那 咲良", "2024/12/09", "なし"),
        ("京極 拓海", "情報システム部", "京極 朔", "2025/03/31", "小麦アレルギー"),
        ("新城 恵理", "営業部", "新城 芽衣", "2025/09/02", "なし"),
        ("皆川 誠", "品質保証部", "皆川 陽斗", "2025/06/23", "ダウン症（療育通所中）")]:
    _rows62.append([_p, _d, _c, _b, _n])
_M.append(dict(
    sender=SAEGUSA,
    to=["営業部 部長 <eigyo-bucho@hinode-sangyo.co.jp>", "設計部 部長 <sekkei-bucho@hinode-sangyo.co.jp>"],
    cc=["人事部 労務課 <roumu@hinode-sangyo.co.jp>"],
    subject="【人事部】4月復職予定者 子の配慮事項（所属長限り）",
    charset="cp932",
    body=f"""所属長各位

お疲れさまです。人事部の三枝です。
4月復職予定者について、急なお迎え要請の可能性がある配慮事項を、本人の同意を得てまとめました。
業務分担の検討にのみご利用いただき、転送はお控えください。
{SIG_SAEGUSA}
""",
    attachments=[{"kind": "xlsx", "name": "復職予定者_子の配慮事項.xlsx", "sheets": {"一覧": _rows62}}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="fifteen rows with children's health conditions, but every recipient is internal",
))

# 63. アレルゲン一覧つき献立表（料理ごと, 人ではない）
_M.append(dict(
    sender=KOGA,
    to=["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
    subject="12月献立表（アレルゲン表示）の確認結果",
    charset="utf-8",
    body=f"""北国フーズ 給食事業部 御中

お世話になっております。古閑です。
12月献立表のアレルゲン表示を園で確認しました。修正2件を反映したものをお返しします。
・12/4 かぼちゃの煮物：「小麦」表示漏れ（だし醤油に含有）
・12/18 クリスマスケーキ：卵・乳 不使用に変更済み
{SIG_KOGA}
""",
    attachments=[{"kind": "xlsx", "name": "12月献立_アレルゲン.xlsx",
                  "sheets": {"12月": [["日付", "献立", "卵", "乳", "小麦", "えび", "かに", "落花生", "そば"],
                                     ["12/1", "鶏の照り焼き・青菜のおひたし", "", "", "○", "", "", "", ""],
                                     ["12/2", "クリームシチュー・ロールパン", "", "○", "○", "", "", "", ""],
                                     ["12/3", "鮭の塩焼き・豚汁", "", "", "", "", "", "", ""],
                                     ["12/4", "かぼちゃの煮物・五目ごはん", "", "", "○", "", "", "", ""],
                                     ["12/18", "クリスマスプレート・ケーキ", "", "", "○", "", "", "", ""]],
                            "凡例": [["○：含む"], ["除去食対象児の一覧は別途、紙でお渡しします"]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="an allergen table per dish (not per child): no personal data",
))

# 64. 返信：引用部（>）にアレルギー症状、新しい本文は了承のみ
_M.append(dict(
    sender="桐生 彩 <a-kiryu@hinode-sangyo.co.jp>",
    to=["ひだまり保育園 <renraku@hidamari-kids.co.jp>"],
    subject="Re: 【ひだまり保育園】本日の給食について",
    charset="iso-2022-jp",
    body="""ひだまり保育園 三輪先生

ご連絡ありがとうございます。承知しました。
明日からしばらく、おやつは家から持たせるようにします。
お迎えは今日も18時ごろになります。

桐生

> 桐生 湊くんの保護者様
>
> 本日の給食で、湊くんが隣のお友だちのヨーグルトを少量口にしてしまい、
> 口の周りに発赤が出ました。すぐに口をすすぎ、抗ヒスタミン薬を服用させたところ
> 30分ほどで治まりました。エピペンは使用しておりません。
> 再発防止のため、食事中の席の配置を見直します。申し訳ございませんでした。
>
> ひだまり保育園 三輪
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the child's allergic reaction is only in the quoted text the nursery itself wrote; the new text adds nothing personal",
))

# 65. 秘密保持契約書のレビュー依頼（NDA の話であって機密マークではない）
_M.append(dict(
    sender="千早 涼介 <r-chihaya@hinode-sangyo.co.jp>",
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="保活コンシェルジュ社との秘密保持契約書（ひな形）のご確認",
    charset="cp932",
    body="""白川先生

いつもお世話になっております。法務部の千早です。
保活支援サービスの導入にあたり、先方から秘密保持契約書のひな形が届きました。
従業員の個人情報を預けることになるため、第3条（秘密情報の定義）と
第8条（再委託）について、当社に不利な点がないかご確認いただけますでしょうか。
今月中に締結したいと考えております。

日の出産業株式会社 法務部 千早 涼介
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_ひな形_hoiku-concierge.docx",
                  "paragraphs": ["秘密保持契約書",
                                 "株式会社ほいくコンシェルジュ（以下「甲」）と日の出産業株式会社（以下「乙」）は、次のとおり秘密保持契約を締結する。",
                                 "第3条（秘密情報）本契約において秘密情報とは、開示当事者が秘密である旨を明示して開示した情報をいう。",
                                 "第8条（再委託）甲は、乙の事前の書面による承諾なく、秘密情報の取扱いを第三者に委託してはならない。"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA and an NDA template: mentions 秘密 but carries no confidentiality stamp",
))

# 66. ベビーシッター割引券の申込（券番号の範囲だけ）
_M.append(dict(
    sender=MAMIYA,
    to=["日本在宅保育支援協会 割引券事務局 <waribiki@zaitaku-hoiku.or.jp>"],
    subject="令和8年度 ベビーシッター派遣事業割引券 追加申込",
    charset="iso-2022-jp",
    body=f"""一般社団法人 日本在宅保育支援協会
割引券事務局 御中

いつもお世話になっております。日の出産業株式会社（承認事業主番号 K-0318）の間宮です。
令和8年度分の割引券について、下記のとおり追加で申込いたします。

　申込枚数：150枚
　既発行分の使用状況：R8-004501～R8-004650 のうち 138枚使用済、12枚未使用
　送付先：承認時と同じ（総務部 福利厚生課）

請求書は発送時に同封いただければ、翌月末にお振込みいたします。
{SIG_MAMIYA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="an order of babysitter vouchers with serial-number ranges: business numbers, nothing personal",
))

# 67. 育休中の社員1名（個人アドレス）に復職面談の日程
_M.append(dict(
    sender=SAEGUSA,
    to=["百目鬼 遥 <haruka-dodomeki@icloud.com>"],
    subject="復職面談の日程について",
    charset="utf-8",
    body=f"""百目鬼さん

ご無沙汰しております。人事部の三枝です。お子さんともどもお元気でしょうか。
4月の復職に向けて、所属長を交えた面談を設定させてください。
以下のいずれかでご都合はいかがでしょうか。オンラインでも来社でも構いません。

　① 12月8日（火）14:00～14:45
　② 12月10日（木）10:00～10:45
　③ 12月15日（火）15:00～15:45

来社の際は、ひだまり保育園の見学も合わせてご案内できます。
{SIG_SAEGUSA}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one employee on leave contacted at her private address about a meeting: one free-mail recipient, no data",
))

# 68. 見学会参加者3名（氏名・携帯）を保育園へ
_M.append(dict(
    sender=SAEGUSA,
    to=[HIDAMARI_NYUEN],
    subject="12/5 見学会 参加者のご連絡",
    charset="cp932",
    body=f"""ひだまり保育園 入園担当 御中

お世話になっております。三枝です。
12月5日（土）10時の見学会の参加者は以下の3名です。
当日遅れる場合などは、園から直接ご連絡いただいて構いません。

・中野 奈緒（総務部）　{_mobile()}　お子さま1名同伴
・鵜飼 千景（営業部）　{_mobile()}
・芦屋 直人（生産管理部）　{_mobile()}　ご夫婦で参加

よろしくお願いいたします。
{SIG_SAEGUSA}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three attendees' names and mobiles to the nursery: fewer than five people, may be warned, not held",
))

# 69. English: tuition and vacancy inquiry, no personal details
_M.append(dict(
    sender="Rena Saionji <r-saionji@hinode-sangyo.co.jp>",
    to=["Maple Leaf Preschool Admissions <admissions@maple-leaf-preschool.com>"],
    subject="Inquiry: vacancies for a 3-year-old from April 2027",
    charset="utf-8",
    body=f"""Dear Admissions Team,

I am writing from the HR department of Hinode Sangyo. One of our colleagues will be
relocating to Tokyo from our Dusseldorf office next spring with a three-year-old child,
and the family is looking for an English-speaking preschool within 30 minutes of Ginza.

Could you let me know:
  1. whether you expect any vacancies in the 3-year-old class from April 2027,
  2. your annual tuition and enrollment fee, and
  3. whether corporate sponsorship (invoice to the company) is possible?

Thank you in advance.
{_sig_en("Rena Saionji", "HR Planning, Human Resources Department", "r-saionji")}
{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English inquiry about vacancies and fees; the employee is not identified; the disclaimer is not a marking",
))

# 70. 一時保育料金表（XLSX）を運営事業者に返送
_M.append(dict(
    sender=KOGA,
    to=["ひだまりキッズ 法人営業部 瀬戸口様 <setoguchi@hidamari-kids.co.jp>"],
    subject="Re: 一時保育 料金改定案",
    charset="iso-2022-jp",
    body=f"""瀬戸口様

お世話になっております。古閑です。
料金改定案、社内で確認しました。
0歳児の半日料金のみ、据え置きでお願いしたく、表を修正してお返しします。
その他は案のとおりで問題ございません。
{SIG_KOGA}
""",
    attachments=[{"kind": "xlsx", "name": "一時保育料金_改定案_修正.xlsx",
                  "sheets": {"料金": [["一時保育 料金表（令和9年4月～）"],
                                     ["区分", "半日（4時間）", "1日（8時間）", "給食費"],
                                     ["0歳児", 2500, 4800, 300],
                                     ["1・2歳児", 2300, 4200, 300],
                                     ["3歳児以上", 2000, 3600, 300]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a fee table for temporary childcare: a price list, nothing personal",
))

# 71. 社内：子のマイナンバー（扶養追加）を労務担当へ
_mn71 = MN[3]
_M.append(dict(
    sender=TSUGE,
    to=["長谷部 航 <w-hasebe@hinode-sangyo.co.jp>"],
    subject="扶養追加（八月一日さん第二子）の個人番号",
    charset="cp932",
    body=f"""長谷部さん

お疲れさまです。柘植です。
八月一日さんの第二子の扶養追加、本人から個人番号の届出がありましたので共有します。
健保組合への届出をお願いします。

　氏名：八月一日 莉子（ほずみ りこ）
　生年月日：2026年9月18日
　続柄：長女
　個人番号：{_mn71}

確認書類（通知カードの写し）は人事キャビネットに保管しています。
柘植
""",
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=[],
    note="a child's My Number, but sender and recipient are both internal",
))

# 72. 社内サブドメイン宛（mail.hinode-sangyo.co.jp）の就労証明書発行台帳
_M.append(dict(
    sender=HASEBE,
    to=["総務部 文書管理 <bunsho@mail.hinode-sangyo.co.jp>"],
    cc=["三枝 真由美 <m-saegusa@hinode-sangyo.co.jp>"],
    subject="就労証明書 発行台帳（10月分）",
    charset="utf-8",
    body=f"""文書管理ご担当

お疲れさまです。長谷部です。
10月に発行した就労証明書の台帳です。社印の押印記録との照合をお願いします。

発行日,氏名,生年月日,現住所,提出先
10/05,鰐淵 健太,1989/05/03,{WANI_ADDR},東浜市
10/09,汐入 恭子,1989/10/23,神奈川県東浜市港町3-4-5 シーサイド港町901,東浜市
10/13,真栄田 剛,1990/02/11,神奈川県川崎市中原区新丸子東5-14-2,川崎市
10/21,五十嵐 拓真,1991/07/09,{IGA_ADDR},東浜市
10/22,矢萩 奈緒,1988/02/11,埼玉県旭ヶ丘市本町3-22-7,旭ヶ丘市
10/26,嘉手納 舞,1993/06/30,埼玉県さいたま市浦和区高砂9-1-4-502,さいたま市
{SIG_HASEBE}
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=[],
    note="a six-person register with DOB and addresses to an internal subdomain: all recipients internal",
))

# 73. 知育玩具の発注（商品コード・JAN）
_M.append(dict(
    sender=KOGA,
    to=["わくわく教材 法人営業 <order@wakuwaku-kyozai.co.jp>"],
    subject="注文書送付（ひだまり保育園 知育玩具）",
    charset="cp932",
    body=f"""わくわく教材株式会社
法人営業 御中

お世話になっております。日の出産業 総務部の古閑です。
下記のとおり発注いたします。納品先はひだまり保育園（当社ビル1F）です。

品番          JANコード        品名                       数量   単価
------------  ---------------  -------------------------  -----  --------
WK-2231-R     4901234005129    木製つみき 50ピース         3     4,800
WK-1180-M     4901234005297    ソフト積み木セット          2    12,500
WK-3307-S     4901234005365    ままごとキッチン（小）       1    18,900
WK-0942-B     4901234005433    布えほん どうぶつ           6     1,650
WK-5120-K     4901234005501    室内すべり台（折りたたみ）   1    27,000

注文番号：HS-PO-2026-1187　納期：12月11日（金）必着
{SIG_KOGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a purchase order with product codes, JAN codes and an order number: no personal data",
))

# 74. 配送状況の問い合わせ（追跡番号）
_M.append(dict(
    sender=KOGA,
    to=["青葉運輸 お客様センター <support@aoba-unyu.co.jp>"],
    subject="配送状況の確認（お問い合わせ番号 4521-8830-1276）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 お客様センター 御中

お世話になっております。日の出産業の古閑です。
下記の荷物（保育園のお昼寝用コット 20台）が、予定日を過ぎても届いておりません。
配送状況をご確認いただけますでしょうか。

　お問い合わせ番号：4521-8830-1276
　出荷元：わくわく教材株式会社 川口倉庫
　お届け先：日の出産業株式会社 ひだまり保育園 宛（銀座9-8-7 1F）
　お届け予定日：11月4日

園の搬入は平日7:30～9:00を避けていただけますと助かります。
{SIG_KOGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a delivery inquiry with a tracking number and the company's own delivery address: nothing personal",
))

# 75. 施設一覧 CSV（定員・空き）をコンシェルジュ会社へ
_M.append(dict(
    sender=SAEGUSA,
    to=["ほいくコンシェルジュ サポートデスク <support@hoiku-concierge.jp>"],
    subject="提携園リスト（共同利用・法人契約）",
    charset="utf-8",
    body=f"""サポートデスク御中

お世話になっております。三枝です。
面談時のご案内用に、弊社の提携園のリストをお送りします。
空き数は各園から10月末時点で聞き取ったものです。
{SIG_SAEGUSA}
""",
    attachments=[{"kind": "csv", "name": "teikei_en_list.csv", "encoding": "cp932",
                  "rows": [["園名", "種別", "所在地", "電話", "定員", "0歳空き", "1歳空き", "2歳空き"],
                           ["ひだまり保育園", "企業主導型", "東京都中央区銀座9-8-7 1F", "03-5555-8821", "19", "0", "1", "2"],
                           ["そらいろ保育室", "企業主導型（共同利用）", "神奈川県川崎市中原区上小田中9-2-3", "044-555-7710", "12", "1", "0", "0"],
                           ["にじのはし保育園", "認可（地域枠）", "神奈川県東浜市汐見台5-6-7", "045-555-6200", "90", "0", "0", "1"],
                           ["すこやか病児保育室", "病児保育", "東京都中央区築地9-1-12", "03-5555-9313", "6", "-", "-", "-"],
                           ["キッズラボ銀座", "認可外（一時保育）", "東京都中央区銀座10-2-5 3F", "03-5555-4040", "15", "2", "2", "1"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of nurseries (businesses) with addresses and switchboard phones: not people",
))

# 76. 園長の連絡先（担当者1名）を共同利用企業へ
_M.append(dict(
    sender=KOGA,
    to=["川崎電機 人事総務部 <jinji-soumu@kawasaki-denki.co.jp>"],
    subject="Re: 共同利用の見学について",
    charset="cp932",
    body=f"""川崎電機株式会社
人事総務部 御中

お世話になっております。日の出産業の古閑です。
見学のご希望、ありがとうございます。日程調整は園と直接行っていただいて構いません。

　ひだまり保育園 園長　宮之原 千鶴（みやのはら ちづる）
　TEL 03-5555-8821（園直通、9:00～17:00）
　Mail enchou@hidamari-kids.co.jp

園には私から一報を入れておきます。
{SIG_KOGA}

> 日の出産業 古閑様
> 来年度の共同利用を検討しており、社員2名が見学を希望しています。
> 川崎電機 人事総務部
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="one business contact (the nursery director's work phone and mail) passed to a partner",
))

# 77. 市役所へ制度の問い合わせ（個人情報なし）
_M.append(dict(
    sender=HASEBE,
    to=["川波市 保育課 入所係 <nyusho@city.kawanami.lg.jp>"],
    subject="就労証明書の電子提出についてのお問い合わせ",
    charset="iso-2022-jp",
    body=f"""川波市 保育課 入所係
ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の長谷部と申します。
貴市在住の従業員から、就労証明書を事業者から直接電子提出できるか問い合わせがありました。

1. 事業者からの電子提出（マイナポータル経由等）には対応されていますか。
2. 標準的な様式（国の統一様式）での提出は可能でしょうか。
3. 令和9年4月入所の一次申請の締切日を教えてください。

お手数ですが、ご教示のほどよろしくお願いいたします。
{SIG_HASEBE}
{DISCLAIMER_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a procedural question to a city office: no personal data",
))

# 78. 「社外秘」に言及するだけ（マークではない）
_M.append(dict(
    sender=TAKANO,
    to=["ほいくコンシェルジュ 法人営業部 新発田様 <shibata@hoiku-concierge.jp>"],
    subject="Re: 導入効果の試算について",
    charset="utf-8",
    body=f"""新発田様

お世話になっております。鷹野です。
試算に使う当社の育休取得者数のデータですが、社内の検討資料は社外秘の扱いになっており、
そのままお渡しすることができません。恐れ入りますが、以下の概数でご試算いただけますか。

　・年間の育休取得者：約40名（うち男性 約15名）
　・4月入所で保留となった件数：年10件前後
　・育休延長の平均期間：約4.5か月

正式なご提案の段階で、秘密保持契約を締結のうえ詳細をお出しします。
{SIG_TAKANO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions that documents are 社外秘 without carrying one; only aggregate numbers",
))

# 79. 共同利用料の請求書（PDF, T番号・法人口座）
_M.append(dict(
    sender=TOKANO,
    to=["青葉運輸 経理課 <keiri@aoba-unyu.co.jp>"],
    subject="共同利用料 請求書（2026年11月分）",
    charset="cp932",
    body=f"""青葉運輸株式会社
経理課 御中

いつもお世話になっております。日の出産業 経理部の戸叶です。
ひだまり保育園 共同利用料の11月分請求書をお送りいたします。
お支払期日までにお振込みくださいますようお願い申し上げます。
{SIG_TOKANO}
""",
    attachments=[{"kind": "pdf", "name": "請求書_HS-INV-2611-0032.pdf", "title": "請求書",
                  "lines": ["請求書", "請求書番号：HS-INV-2611-0032　発行日：2026年11月2日",
                            "青葉運輸株式会社 御中",
                            "日の出産業株式会社　東京都中央区銀座9-8-7",
                            f"登録番号：T{CORP_HINODE}",
                            "件名：ひだまり保育園 共同利用料（2026年11月分）",
                            "利用児童数 2名 × 42,000円 = 84,000円　消費税（10%）8,400円　合計 92,400円",
                            "お支払期日：2026年11月30日",
                            "振込先：みどり銀行 銀座支店 普通 0123456 ヒノデサンギョウ（カ"]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="an invoice with the company's T-number and corporate bank account: business data, not personal",
))

# 80. -----Original Message----- 以下に6名の園児一覧（先方が送ったもの）、新しい本文は短い
_M.append(dict(
    sender=KOGA,
    to=[HIDAMARI_ENCHO],
    subject="RE: 11月 お迎え予定者一覧のご確認",
    charset="iso-2022-jp",
    body=f"""宮之原園長

お世話になっております。古閑です。
一覧ありがとうございます。社内の延長保育申請と突合しましたが、相違ございませんでした。
1点だけ、11月から延長保育料の請求を月末締めに変更する件、経理にも伝えております。

古閑

-----Original Message-----
From: ひだまり保育園 園長 宮之原 <enchou@hidamari-kids.co.jp>
Sent: Monday, November 2, 2026 9:41 AM
To: 古閑 隆之 <t-koga@hinode-sangyo.co.jp>
Subject: 11月 お迎え予定者一覧のご確認

古閑様
11月の延長保育（18:30以降）のお迎え予定者です。ご確認ください。
　桐生 湊　　　お迎え：桐生 彩（母）　　　{_mobile()}
　鰐淵 樹　　　お迎え：鰐淵 健太（父）　　{_mobile()}
　勅使河原 蒼　お迎え：こもれびシッター　 03-5555-7301
　五百旗頭 結衣 お迎え：五百旗頭 亮（父）　{_mobile()}
　汐入 美月　　お迎え：汐入 恭子（母）　　{_mobile()}
　八月一日 陽向 お迎え：八月一日 翔（父）　{_mobile()}
ひだまり保育園 宮之原
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the six-child list is only in the quoted Original Message the recipient sent; new text has no personal data",
))

# 81. 非暗号 ZIP（パンフレット PDF と料金表）を見込みの共同利用企業へ
_M.append(dict(
    sender=KOGA,
    to=["北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>"],
    subject="ひだまり保育園 共同利用のご案内資料",
    charset="utf-8",
    body=f"""北国フーズ株式会社
総務部 御中

いつもお世話になっております。日の出産業の古閑です。
先日お話しした共同利用の件、案内資料一式をZIPにまとめてお送りします。
（パスワードは設定しておりません）
{SIG_KOGA}
""",
    attachments=[{"kind": "zip", "name": "hidamari_kyodoriyo_annai.zip",
                  "files": [{"kind": "pdf", "name": "pamphlet.pdf",
                             "lines": ["ひだまり保育園 ご案内", "開園時間 7:30～19:30", "定員 19名（0～2歳児）",
                                       "所在地 東京都中央区銀座9-8-7 日の出産業ビル1F"]},
                            {"kind": "xlsx", "name": "ryokin.xlsx",
                             "sheets": {"料金": [["区分", "月額"], ["共同利用（0歳児）", 42000], ["共同利用（1・2歳児）", 42000]]}}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="an unencrypted ZIP of a brochure and a price list: readable, nothing personal, no marking",
))

# 82. 4名分の利用希望（CSV）を運営事業者へ（5名未満）
_M.append(dict(
    sender=SAEGUSA,
    to=[HIDAMARI_NYUEN],
    subject="2月途中入園の希望者（4名）",
    charset="cp932",
    body=f"""ひだまり保育園 入園担当様

お世話になっております。三枝です。
2月からの途中入園を希望している社員が4名おります。空き状況をご確認いただけますか。
詳細は添付のとおりです。
{SIG_SAEGUSA}
""",
    attachments=[{"kind": "csv", "name": "tochu_nyuen_202702.csv", "encoding": "cp932",
                  "rows": [["保護者氏名", "所属", "子の氏名", "子の生年月日", "希望開始", "連絡先"],
                           ["芦屋 直人", "生産管理部", "芦屋 結翔", "2025/10/30", "2027/02/01", _mobile()],
                           ["鳴海 大樹", "設計部", "鳴海 湊斗", "2025/02/14", "2027/02/01", _mobile()],
                           ["宍戸 沙織", "経理部", "宍戸 心春", "2025/05/05", "2027/02/15", _mobile()],
                           ["忽那 瞳", "人事部", "忽那 咲良", "2024/12/09", "2027/03/01", _mobile()]]}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four families' records (child DOB, mobile) to the nursery: below five people, may be warned",
))

# 83. シッター会社の担当者1名の連絡先を社員の個人アドレスへ
_M.append(dict(
    sender=MAMIYA,
    to=["<aimono.d@gmail.com>"],
    subject="シッター会社の担当者のご連絡",
    charset="iso-2022-jp",
    body=f"""四十物さん

お疲れさまです。総務部の間宮です。
ご依頼のあった法人契約先のシッター会社の担当者をお知らせします。
初回の面談予約は、こちらに直接ご連絡ください。

　株式会社こもれびシッター 法人サポート
　担当：佐久間 美里 様
　TEL：03-5555-7301（平日 9:00～18:00）
　Mail：houjin@komorebi-sitter.co.jp

割引券は面談のときに担当者へお渡しください。
{SIG_MAMIYA}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one company contact person's business details to one employee's free-mail address",
))

# 84. 両立支援ハンドブックの原稿（PPTX）を印刷会社へ
_M.append(dict(
    sender=TAKANO,
    to=["錦印刷 企画営業部 <kikaku@nishiki-insatsu.co.jp>"],
    subject="両立支援ハンドブック 改訂原稿の入稿",
    charset="utf-8",
    body=f"""錦印刷株式会社 企画営業部
ご担当 大門様

お世話になっております。鷹野です。
「仕事と育児の両立支援ハンドブック」2027年版の原稿をPPTXで入稿します。
部数は昨年と同じく800部、A5中綴じでお願いします。
{SIG_TAKANO}
""",
    attachments=[{"kind": "pptx", "name": "両立支援ハンドブック2027_原稿.pptx",
                  "slides": [["仕事と育児の両立支援ハンドブック 2027", "日の出産業株式会社 人事部・ダイバーシティ推進室"],
                             ["妊娠がわかったら", "所属長と人事部に報告", "母性健康管理の措置を利用できます"],
                             ["保活のスケジュール", "入所申請は前年の10～11月", "就労証明書は人事部が発行（2週間前までに依頼）"],
                             ["復職後に使える制度", "短時間勤務（子が小学校3年生まで）", "子の看護等休暇", "ベビーシッター割引券"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a public handbook draft (PPTX) to a partner printer: no personal data, no marking",
))

# 85. 病児保育室との法人契約書の返送
_M.append(dict(
    sender=MAMIYA,
    to=["すこやか病児保育室 <uketsuke@sukoyaka-byoji.jp>"],
    subject="法人利用契約書のご返送",
    charset="cp932",
    body=f"""すこやか病児保育室
ご担当者様

いつもお世話になっております。日の出産業の間宮です。
法人利用契約書（2部）に押印のうえ、本日レターパックで返送いたしました。
控え1部のご返送をお願いいたします。

また、社内周知用に利用方法の案内文を作成しましたので、内容に誤りがないかご確認いただけますと幸いです。

――――――――
【病児保育室の利用方法】
1. 前日17時までに電話で仮予約（TEL 03-5555-9313）
2. 当日朝、かかりつけ医の診療情報提供書を持参
3. 利用料は1日2,000円（差額は会社負担）
――――――――
{SIG_MAMIYA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="returning a service contract and a usage guide: ordinary business mail",
))

# 86. 社内：市からの通知を全社員に転送
_M.append(dict(
    sender="ダイバーシティ推進室 <diversity@hinode-sangyo.co.jp>",
    to=["全社員 <all-staff@hinode-sangyo.co.jp>"],
    subject="転送：【東浜市】令和9年4月入所 一次申請の受付について",
    charset="iso-2022-jp",
    body="""社員各位

ダイバーシティ推進室です。
東浜市から、令和9年4月入所の一次申請についてお知らせが届きましたので転送します。
該当する方は、就労証明書の発行依頼をお早めに人事部（内線2217）までお願いします。

---------- 転送メッセージ ----------
差出人：東浜市 こども未来部 保育課
件名：令和9年4月入所 一次申請の受付について

市内事業所の皆様
令和9年4月入所の一次申請を次のとおり受け付けます。
　受付期間：令和8年11月2日（月）～11月20日（金）
　提出方法：窓口、郵送、または電子申請
　就労証明書：国の標準様式をご利用ください
ご不明点は保育課 入所係（045-555-1234）までお問い合わせください。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="internal forward of a public city notice to all staff: internal recipients, nothing personal",
))

# 87. 外部2組織（システムベンダー＋コンシェルジュ）で連携の打合せ
_M.append(dict(
    sender="小田切 剛 <t-odagiri@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援チーム <dounyu@tsubasa-system.jp>"],
    cc=["ほいくコンシェルジュ 開発部 <dev@hoiku-concierge.jp>", "鷹野 亜希 <a-takano@hinode-sangyo.co.jp>"],
    subject="育休管理モジュールと保活支援サービスの連携について（打合せ日程）",
    charset="utf-8",
    body="""ツバサシステム様、ほいくコンシェルジュ様（cc）

お世話になっております。日の出産業 情報システム部の小田切です。
両社サービス間の連携（復職予定日・入所結果の連携）について、三者で打合せをお願いしたく存じます。

候補日：11月17日（火）15時／11月19日（木）10時／11月20日（金）14時
形式：Teams（URLは確定後にお送りします）
議題：連携項目の範囲、連携方式（API／CSV）、個人情報の取扱いと委託契約

ご都合をお知らせください。

--
情報システム部 小田切 剛
日の出産業株式会社 内線3310
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc for a three-way meeting: normal, no personal data",
))

# 88. 本人の依頼で、本人の就労証明書を本人の個人アドレスへ
_M.append(dict(
    sender=HASEBE,
    to=["<aya.kiryu.0402@gmail.com>"],
    subject="就労証明書（ご本人控え）の送付",
    charset="cp932",
    body=f"""桐生さん

お疲れさまです。人事部の長谷部です。
ご依頼いただいた就労証明書を、ご自宅で印刷できるようPDFでお送りします。
押印済みの原本は、明日社内便で営業部宛に送ります。
{SIG_HASEBE}
""",
    attachments=[{"kind": "pdf", "name": "就労証明書_桐生.pdf",
                  "lines": ["就労証明書", "本人氏名：桐生 彩（キリュウ アヤ）", "生年月日：平成2年4月2日",
                            f"住所：{KIRYU_ADDR}", "就労時間：9:00～16:00（短時間勤務）",
                            "育児休業：令和7年6月10日～令和8年3月31日（取得済、令和8年4月1日復職）"]}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="one employee's own certificate sent at her request to her private address: one person, may be warned",
))

# 89. シッター割引券の利用報告（3件）
_M.append(dict(
    sender=MAMIYA,
    to=["日本在宅保育支援協会 割引券事務局 <waribiki@zaitaku-hoiku.or.jp>"],
    subject="10月分 割引券利用報告",
    charset="utf-8",
    body=f"""割引券事務局 御中

日の出産業（承認事業主番号 K-0318）の間宮です。
10月分の利用報告をお送りします。

社員番号	利用者氏名	利用日	割引券番号	シッター事業者
H10231	伊集院 志保	10/07	R8-004588, R8-004589	こもれびシッター
H11320	真栄田 剛	10/15	R8-004590	ナニーズホーム
H09102	汐入 恭子	10/24	R8-004591, R8-004592	こもれびシッター

以上3件です。
{SIG_MAMIYA}
""",
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="a voucher usage report of three employees (name, date, voucher no.): fewer than five people",
))

# 90. 区役所・市役所の保育担当窓口の一覧（代表電話）
_M.append(dict(
    sender=SAEGUSA,
    to=["ほいくコンシェルジュ サポートデスク <support@hoiku-concierge.jp>"],
    subject="自治体窓口の一覧（社員の居住地）",
    charset="cp932",
    body=f"""サポートデスク御中

三枝です。社員の主な居住地の保育担当窓口をまとめました。ご案内時にご利用ください。

・東浜市 こども未来部 保育課　　　　　045-555-1234　東浜市本町1-1
・旭ヶ丘市 保育幼稚園課　　　　　　　048-555-3300　旭ヶ丘市中央2-3-4
・川波市 保育課　　　　　　　　　　　042-555-7000　川波市役所本庁舎3階
・江東区 保育計画課 入園相談係　　　 03-5555-2211　江東区東陽9-11-28
・大田区 保育サービス課　　　　　　　03-5555-1680　大田区蒲田9-1-1
・川崎市中原区 地域みまもり支援センター 044-555-3190　中原区小杉町9-245

{SIG_SAEGUSA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of municipal offices with switchboard numbers and addresses: businesses, not people",
))

# 91. English: to a childcare-app vendor, disclaimer at the end
_M.append(dict(
    sender="Takeshi Odagiri <t-odagiri@hinode-sangyo.co.jp>",
    to=["KinderLink Support <support@kinderlink.com>"],
    subject="Question about SSO and data retention for the parent app",
    charset="utf-8",
    body=f"""Hello KinderLink team,

We are evaluating KinderLink as the parent communication app for our workplace nursery.
Before our security review, could you answer two questions?

1. Does the app support SAML single sign-on with Microsoft Entra ID for nursery staff accounts?
2. How long are photos and daily notes kept after a child leaves the nursery, and can we
   configure deletion after 90 days?

A short answer by e-mail is fine; we can set up a call afterwards.
{_sig_en("Takeshi Odagiri", "IT Department", "t-odagiri")}
{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English vendor question with the standard confidentiality disclaimer only: not a marking",
))

# 92. 社内：社外秘の検討資料（社内宛なので通す）
_M.append(dict(
    sender="鷲尾 康弘 <y-washio@hinode-sangyo.co.jp>",
    to=["経営会議メンバー <keiei-kaigi@hinode-sangyo.co.jp>"],
    subject="【社外秘】ひだまり保育園の今後の運営方針（経営会議資料）",
    charset="cp932",
    body="""経営会議メンバー各位

総務部長の鷲尾です。
11月の経営会議の議題「ひだまり保育園の今後の運営方針」の資料を送付します。
社外秘資料ですので、取扱いにご注意ください。

日の出産業株式会社 総務部長 鷲尾 康弘
""",
    attachments=[{"kind": "docx", "name": "運営方針_経営会議資料.docx", "page_header": "社外秘",
                  "paragraphs": ["【社外秘】ひだまり保育園の今後の運営方針",
                                 "1. 現状：定員19名に対し在籍16名、うち地域枠5名",
                                 "2. 選択肢：(a) 現状維持 (b) 共同利用の拡大 (c) 事業譲渡",
                                 "3. 推奨：(b) 共同利用の拡大（青葉運輸・川崎電機・北国フーズ）"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a 社外秘 document, but every recipient is internal",
))

# 93. HTMLのみ：見学会の案内を保育園と共有
_M.append(dict(
    sender=SAEGUSA,
    to=[HIDAMARI_NYUEN],
    subject="社内掲示用 見学会のご案内文（ご確認のお願い）",
    charset="utf-8",
    html=f"""<html><body>
<p>ひだまり保育園 入園担当様</p>
<p>お世話になっております。三枝です。<br>社内ポータルに掲載する見学会の案内文を作成しました。内容に誤りがないかご確認ください。</p>
<div style="border:1px solid #f3a;padding:8px">
<h3>ひだまり保育園 見学会のお知らせ</h3>
<table>
<tr><td>日時</td><td>12月5日（土）①10:00～ ②13:00～（各回30分）</td></tr>
<tr><td>場所</td><td>日の出産業ビル1F ひだまり保育園</td></tr>
<tr><td>定員</td><td>各回5組</td></tr>
<tr><td>持ち物</td><td>上履き（大人のみ）</td></tr>
<tr><td>申込</td><td>社内ポータル「保活サポート」から11月27日まで</td></tr>
</table>
</div>
<p>よろしくお願いいたします。</p>
<p>{SIG_SAEGUSA.replace(chr(10), '<br>')}</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML-only event notice shared with the nursery: no personal data",
))

# 94. "On … wrote:" の引用に子の体調、新しい本文はお迎え時間のみ
_M.append(dict(
    sender="日下部 慎也 <s-kusakabe@hinode-sangyo.co.jp>",
    to=["そらいろ保育室 <info@sorairo-hoiku.jp>"],
    subject="Re: 陽菜ちゃんの体調について",
    charset="utf-8",
    body="""そらいろ保育室 先生方

ご連絡ありがとうございます。
本日は会議を抜けて、15時半ごろお迎えに伺います。
よろしくお願いいたします。

日下部

On 2026/11/09 13:05, そらいろ保育室 <info@sorairo-hoiku.jp> wrote:
> 日下部 陽菜ちゃんのお父様
> 午睡後に37.9℃の発熱があり、咳も少し出ています。
> 小麦アレルギーのお薬とは別に、念のため小児科の受診をおすすめします。
> お迎えの時間をお知らせください。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the child's symptoms are only in the quoted text under On … wrote:; the new text is a pickup time",
))

# 95. 在籍児の人数（クラス別の集計）を財団へ
_M.append(dict(
    sender=SAEGUSA,
    to=["こども育成支援財団 助成課 <josei@kodomo-ikusei-zaidan.or.jp>"],
    subject="11月1日時点 利用定員充足状況の報告",
    charset="iso-2022-jp",
    body=f"""公益財団法人こども育成支援財団
助成課 御中

お世話になっております。ひだまり保育園（設置者：日の出産業株式会社）の三枝です。
11月1日時点の利用状況をご報告いたします。

　　　　　　　定員　在籍　うち従業員枠　うち地域枠
　0歳児　　　　3　　　3　　　　2　　　　　　1
　1歳児　　　　8　　　7　　　　5　　　　　　2
　2歳児　　　　8　　　6　　　　4　　　　　　2
　合計　　　　19　　 16　　　 11　　　　　　5

充足率：84.2%
{SIG_SAEGUSA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="occupancy counts per class: aggregated numbers, no person",
))

# 96. シッターの初回訪問のため、社員本人1名の住所・携帯をシッター会社へ
_M.append(dict(
    sender="勅使河原 美咲 <m-teshigawara@hinode-sangyo.co.jp>",
    to=["こもれびシッター サポート <support@komorebi-sitter.co.jp>"],
    subject="11/12 初回訪問の件",
    charset="iso-2022-jp",
    body=f"""こもれびシッター ご担当者様

お世話になっております。勅使河原です。
11月12日（木）18時からの初回訪問、よろしくお願いいたします。
訪問先と当日の連絡先は以下のとおりです。

　訪問先：神奈川県川崎市中原区新丸子東9-14-2 ルミエール新丸子 702
　当日連絡先：勅使河原 美咲　{_mobile()}

オートロックですので、到着されたら702を呼び出してください。
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="the sender's own home address and mobile for one visit: one person's record, may be warned",
))

# 97. 助成金の申請（会社の法人番号）
_M.append(dict(
    sender=KOGA,
    to=["こども育成支援財団 助成課 <josei@kodomo-ikusei-zaidan.or.jp>"],
    subject="令和9年度 運営費助成 申請書類の送付",
    charset="cp932",
    body=f"""公益財団法人こども育成支援財団
助成課 御中

いつもお世話になっております。日の出産業の古閑です。
令和9年度の運営費助成の申請書類を、電子申請システムにアップロードいたしました。
システムの都合で添付できなかった法人情報を、念のため以下に記載します。

　設置者：日の出産業株式会社
　法人番号：{CORP_HINODE}
　施設名：ひだまり保育園
　運営委託先：株式会社ひだまりキッズ（法人番号 {CORP_HIDAMARI}）

不備がございましたらご連絡ください。
{SIG_KOGA}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="two companies' 法人番号 in a grant application: business identifiers, not personal data",
))

# ======================================================================================
# 判断が分かれうるもの（either）

# 98. 子の発熱で欠席連絡（一過性の症状, 診断名なし）
_M.append(dict(
    sender="五十嵐 拓真 <t-igarashi@hinode-sangyo.co.jp>",
    to=["にじのはし保育園 事務室 <jimu@niji-no-hashi.or.jp>"],
    subject="本日の欠席連絡（りす組 五十嵐 ひまり）",
    charset="iso-2022-jp",
    body="""にじのはし保育園 りす組 担任の先生

おはようございます。五十嵐 ひまりの父です。
昨夜から38度台の熱があり、今朝も下がらないため本日はお休みします。
午前中に小児科を受診して、結果はまたご連絡します。

五十嵐
""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named child's fever in an absence notice: a passing symptom, not clearly a diagnosis or medical history",
))

# 99. 見学時の託児（5人の子の名前と年齢だけ）
_M.append(dict(
    sender=SAEGUSA,
    to=[HIDAMARI_NYUEN],
    subject="見学会当日の託児について",
    charset="utf-8",
    body=f"""ひだまり保育園 入園担当様

お世話になっております。三枝です。
12/5 の見学会で、説明の間お子さんを保育室でお預かりいただける件、ありがとうございます。
同伴予定のお子さんは以下の5人です（呼び名と年齢のみ伺っています）。

・ゆいちゃん（1歳）
・そうたくん（4歳）
・つむぎちゃん（3歳）
・はるくん（2歳）
・めいちゃん（3歳）

よろしくお願いいたします。
{SIG_SAEGUSA}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="five children by first name and age only, no contacts or identifiers: arguably a list of people, arguably not",
))

# 100. 社員本人の妊娠（出産予定）を保育園へ
_M.append(dict(
    sender="汐入 恭子 <k-shioiri@hinode-sangyo.co.jp>",
    to=[HIDAMARI_ENCHO],
    subject="2月以降の送迎について",
    charset="cp932",
    body="""宮之原園長先生

いつもお世話になっております。たんぽぽ組 汐入 美月の母です。
私事ですが、来年3月に第二子の出産を控えておりまして、
2月からは産休に入るため、送迎は基本的に夫（汐入 隼人）が担当いたします。
夫の顔写真つきのお迎えカードを、来週お持ちします。

引き続きよろしくお願いいたします。

汐入 恭子
""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="the sender's own pregnancy and due month to the nursery: health-related, but not clearly a diagnosis",
))

# -- ids ------------------------------------------------------------------------------------
assert len(_M) == 100, len(_M)
_order = list(range(len(_M)))
random.Random(SEED).shuffle(_order)
for _m in _M:  # ISO-2022-JP mailers write the JIS wave dash, not the full-width tilde
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("subject", "body", "html"):
            if _m.get(_k):
                _m[_k] = _m[_k].replace("～", "〜")
MESSAGES: list[dict] = [{"id": f"hoikatsu-{i + 1:03d}", **_M[j]} for i, j in enumerate(_order)]
