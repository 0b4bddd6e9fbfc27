"""Blind corpus — area «tenantbill»: the office building 日の出産業 leases and sublets.

日の出産業株式会社 leases the whole of the (fictional) 芝浦スクエアビル from its owner
芝浦興産, uses 5F–9F itself and sublets 1F–4F to tenants (a café, a design firm, a tax
accountants' office, a printing sales office, an IT firm, a Norwegian company).  Its
総務部 施設管理課, with 経理部 and 法務, writes to the tenants, the building management
company, the owner, facility and security contractors, the access-card vendor, the bank,
lawyers, tax and labour advisers, neighbours and a few private persons: facility work,
inspections, access cards, emergency contacts, parking, rent and its invoices.  Every
person, company outside the brief's partner list, number and address here is invented,
and the file was written blind from BRIEF.md, build.py and SPEC.md only.
"""

from build import card_number, my_number

SEED = 41001


def mn(k: int, sep: str = " ") -> str:
    n = my_number(SEED + k)
    return f"{n[:4]}{sep}{n[4:8]}{sep}{n[8:]}"


def cc(k: int, sep: str = "-") -> str:
    n = card_number(SEED + k)
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


_Z = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    return s.translate(_Z)


BLDG = "〒108-0023 東京都港区芝浦3-14-7 芝浦スクエアビル8F"


def sig(name: str, kana: str, dept: str, ext: str, mail: str, mobile: str = "") -> str:
    lines = [
        "────────────────────────",
        "日の出産業株式会社 " + dept,
        f"{name}（{kana}）",
        BLDG,
        f"TEL 03-5442-3180（代表） 内線 {ext}",
    ]
    if mobile:
        lines.append(f"携帯 {mobile}")
    lines += [mail, "────────────────────────"]
    return "\n".join(lines)


SUGIURA = "杉浦 拓也 <sugiura.takuya@hinode-sangyo.co.jp>"
HASUMI = "蓮見 由佳 <hasumi.yuka@hinode-sangyo.co.jp>"
SOUTOME = "五月女 健 <soutome.ken@hinode-sangyo.co.jp>"
KITO = "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>"
AIMONO = "四十物 聡 <aimono.satoshi@hinode-sangyo.co.jp>"
TAKANASHI = "小鳥遊 誠 <takanashi.makoto@hinode-sangyo.co.jp>"
MINAI = "薬袋 美咲 <minai.misaki@hinode-sangyo.co.jp>"
DOUMEKI = "百目鬼 彩 <doumeki.aya@hinode-sangyo.co.jp>"

S_SUGIURA = sig("杉浦 拓也", "すぎうら たくや", "総務部 施設管理課 課長", "4121",
                "sugiura.takuya@hinode-sangyo.co.jp", "080-4417-2093")
S_HASUMI = sig("蓮見 由佳", "はすみ ゆか", "総務部 施設管理課", "4125",
               "hasumi.yuka@hinode-sangyo.co.jp")
S_SOUTOME = sig("五月女 健", "そうとめ けん", "総務部 施設管理課（設備担当）", "4128",
                "soutome.ken@hinode-sangyo.co.jp", "080-4417-2107")
S_KITO = sig("鬼頭 真理子", "きとう まりこ", "経理部 経理課", "4310",
             "kito.mariko@hinode-sangyo.co.jp")
S_MINAI = sig("薬袋 美咲", "みない みさき", "総務部 法務グループ", "4150",
              "minai.misaki@hinode-sangyo.co.jp")
S_DOUMEKI = sig("百目鬼 彩", "どうめき あや", "総務部 総務課（受付・入館管理）", "4101",
                "doumeki.aya@hinode-sangyo.co.jp")

S_SUGIURA_EN = """--
Takuya Sugiura
Manager, Facility Management Section, General Affairs Dept.
Hinode Sangyo Co., Ltd.
Shibaura Square Bldg. 8F, 3-14-7 Shibaura, Minato-ku, Tokyo 108-0023
Tel +81-3-5442-3180 (ext. 4121)
sugiura.takuya@hinode-sangyo.co.jp"""

S_HASUMI_EN = """Best regards,

Yuka Hasumi
Facility Management Section, General Affairs Dept.
Hinode Sangyo Co., Ltd.
Tel +81-3-5442-3180 (ext. 4125)
hasumi.yuka@hinode-sangyo.co.jp"""

DISC_JA = """※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。"""

DISC_EN = """This e-mail and any attachments may contain confidential information. If you are
not the intended recipient, please notify the sender immediately and delete this e-mail.
Any unauthorised copying or disclosure is prohibited."""

# frequent external addresses
MBS_SHOJI = "みなとビルサービス 東海林 <shoji@minato-bs.co.jp>"
MBS_URUSHI = "漆原 剛 <urushibara@minato-bs.co.jp>"
OWNER = "武者小路 亮 <musha.ryo@shibaura-kosan.co.jp>"
LUMINA = "八木橋 めぐみ <yagihashi@lumina-design.co.jp>"
HOKUTO = "舘野 隆 <tateno@hokuto-tax.jp>"
NISHIKI = "雲母 俊介 <kira.shunsuke@nishiki-insatsu.co.jp>"
ARCTECH = "千明 久美 <chigira.kumi@arctech.co.jp>"
NORDLYS_IS = "Ingrid Solberg <ingrid.solberg@nordlys.com>"
NORDLYS_HA = "Henrik Aas <henrik.aas@nordlys.com>"
SOLEIL = "及川 楓 <oikawa@soleil-cafe.jp>"
SOLARIS = "宇賀神 翔 <ugajin@solaris-llc.jp>"
TOWA = "猪又 <inomata@towa-kucho.co.jp>"
SANKO = "笠置 <kasagi@sanko-shoukouki.co.jp>"
SECURE = "鰐部 <wanibe@securegate.jp>"
KEIBI = "日本セントラル警備 管制センター 御手洗 <mitarai@central-keibi.co.jp>"
DAITO = "栗林 <kuribayashi@daito-bosai.co.jp>"
CLEAN = "左右田 <souda@cleanlife-s.co.jp>"
PARKING = "駒形 <komagata@shibaura-parking.co.jp>"
KAWADEN = "甲斐 剛 <kai.tsuyoshi@kawasaki-denki.co.jp>"
TSUBASA = "鷹取 <takatori@tsubasa-system.jp>"
MIDORI = "相馬 <soma.k@midori-ginko.co.jp>"
SHIRAKAWA = "真壁 <makabe@shirakawa-law.jp>"
MIRAI = "蔀 <shitomi@mirai-bio.co.jp>"

MESSAGES: list[dict] = []

# ---------------------------------------------------------------- 001–025
MESSAGES += [
    {
        "id": "tenantbill-001",
        "charset": "iso-2022-jp",
        "sender": SOUTOME,
        "to": [MBS_SHOJI],
        "subject": "Re: 【日程ご相談】空調設備 定期点検（11月）",
        "body": f"""みなとビルサービス株式会社
東海林様

いつもお世話になっております。日の出産業の五月女です。

空調定期点検の日程案をお送りいただき、ありがとうございました。
テナント各社への周知の都合上、第2案の11月21日（土）9:00〜17:00でお願いできますでしょうか。

なお当日は4Fアークテック様の専有部にも入室が必要とのことですので、
入室の時間帯が固まりましたら前日までにお知らせください。先方へは当方からご連絡いたします。

引き続きよろしくお願いいたします。

{S_SOUTOME}

> 日の出産業株式会社
> 五月女様
>
> いつもお世話になっております。みなとビルサービスの東海林です。
> 11月の空調設備定期点検について、下記いずれかの日程でお願いできればと存じます。
>
>   第1案　11月14日（土） 9:00〜17:00
>   第2案　11月21日（土） 9:00〜17:00
>
> 点検中は各階とも30分程度、送風が停止いたします。
> ご確認のほど、よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "管理会社との点検日程調整の返信。個人データなし、通常業務メール。",
    },
    {
        "id": "tenantbill-002",
        "charset": "shift_jis",
        "sender": HASUMI,
        "to": [MBS_URUSHI],
        "cc": [SUGIURA],
        "subject": "入館カード新規発行のお願い（10月入社・異動 6名）",
        "body": f"""みなとビルサービス株式会社
漆原様

お世話になっております。日の出産業 施設管理課の蓮見です。

10月付の入社・異動者について、入館カード（5F〜9F・通用口）の新規発行をお願いいたします。
非常時に防災センターから直接連絡がとれるよう、本人の携帯番号を添えております。

No  氏名            フリガナ                所属              携帯電話
--  --------------  ----------------------  ----------------  -------------
1   伊集院 玲奈      イジュウイン レナ        営業二部          090-3318-7752
2   六車 大地        ムグルマ ダイチ          経理部            080-2294-6013
3   栗花落 しおり    ツユリ シオリ            情報システム部    070-5531-0846
4   保科 航          ホシナ ワタル            総務部            090-7702-3391
5   道祖土 恵        サイド メグミ            営業一部          080-6180-2257
6   Lee Ji-hoon      イ ジフン                海外事業部        090-4126-9938

発行枚数：6枚（いずれも有効期限なし・退職時回収）
受け取りは10月19日（月）午前中に8F総務までお願いできれば幸いです。

{S_HASUMI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "社員6名の氏名・個人携帯の表（空白揃え）を社外の管理会社へ。5名以上の名簿。",
    },
    {
        "id": "tenantbill-003",
        "charset": "utf-8",
        "sender": DOUMEKI,
        "to": [ARCTECH],
        "subject": "入館カード発行完了のご連絡（3名様分）",
        "body": f"""株式会社アークテック
管理部 千明様

いつもお世話になっております。日の出産業 総務課の百目鬼でございます。

先日ご依頼いただきました入館カード3名様分の発行が完了いたしました。

・新井田 陽介 様　カード番号 SQ-40217　利用開始 11/2
・Rachel Tanaka 様　カード番号 SQ-40218　利用開始 11/2
・蓬田 稔 様　　　カード番号 SQ-40219　利用開始 11/9

8F受付にてお渡しいたしますので、ご都合のよい時にお立ち寄りください。
受領書への押印（またはサイン）をお願いしております。

{S_DOUMEKI}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "テナント社員3名の氏名と館内カード番号のみ。4名以下で保留対象外（警告はあり得る）。",
    },
    {
        "id": "tenantbill-004",
        "charset": "utf-8",
        "sender": SUGIURA,
        "to": [LUMINA, HOKUTO, NISHIKI, ARCTECH, SOLEIL],
        "subject": "【重要】法定電気設備点検に伴う全館停電のお知らせ（12月6日）",
        "body": f"""テナント各位

平素より芝浦スクエアビルをご利用いただき、誠にありがとうございます。
日の出産業 施設管理課の杉浦です。

電気事業法に基づく年次点検のため、下記のとおり全館停電を実施いたします。

　日時：2026年12月6日（日）8:00〜15:00（予定）
　範囲：全館（共用部・専有部とも）
　影響：照明・コンセント・空調・エレベーター・自動扉・セキュリティゲート停止
　　　　（非常用照明・防災設備はバッテリーで稼働します）

サーバー・冷蔵庫等をご使用の場合は、前日までにシャットダウン等のご対応をお願いいたします。
停電中の入館は1F防災センター横の通用口のみとなります。

ご不明点は施設管理課（内線4121／03-5442-3180）までお問い合わせください。

{S_SUGIURA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "テナント5社を To に並べた一斉案内。社外5組織が互いに見える（Bcc にすべき）。",
    },
    {
        "id": "tenantbill-005",
        "charset": "iso-2022-jp",
        "sender": SUGIURA,
        "to": ["日の出産業 施設管理課 <facility@hinode-sangyo.co.jp>"],
        "bcc": [LUMINA, HOKUTO, NISHIKI, ARCTECH, NORDLYS_IS, SOLEIL],
        "subject": "受水槽清掃に伴う断水のお知らせ（11月28日）",
        "body": f"""テナント各位
（本メールはBCCにてお送りしております）

いつもお世話になっております。日の出産業 施設管理課の杉浦です。

受水槽・高置水槽の定期清掃のため、下記の時間帯は断水となります。

■日時　2026年11月28日（土）9:00〜16:00
■範囲　全館の給水（トイレ洗浄水・給湯室・1F店舗厨房を含む）
■お願い　断水中はトイレのご使用をお控えください。
　　　　　9F東側トイレのみ、仮設タンクにより使用可能です。

清掃後しばらくは濁り水が出ることがあります。数分間流してからご使用ください。

{S_SUGIURA}
""",
        "html": """<html><body style="font-family:sans-serif">
<p>テナント各位<br>（本メールはBCCにてお送りしております）</p>
<p>いつもお世話になっております。日の出産業 施設管理課の杉浦です。</p>
<p>受水槽・高置水槽の定期清掃のため、下記の時間帯は断水となります。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>日時</th><td>2026年11月28日（土）9:00〜16:00</td></tr>
<tr><th>範囲</th><td>全館の給水（トイレ洗浄水・給湯室・1F店舗厨房を含む）</td></tr>
<tr><th>お願い</th><td>断水中はトイレのご使用をお控えください。9F東側トイレのみ仮設タンクで使用可。</td></tr>
</table>
<p>清掃後しばらくは濁り水が出ることがあります。数分間流してからご使用ください。</p>
<p>日の出産業株式会社 総務部 施設管理課 杉浦 拓也<br>TEL 03-5442-3180（内線4121）</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "テナントへの一斉案内を正しく Bcc で送付（To は社内）。互いに見えないので通過。",
    },
    {
        "id": "tenantbill-006",
        "charset": "iso-2022-jp",
        "sender": KITO,
        "to": [HOKUTO],
        "subject": "2026年11月分 賃料・共益費ご請求書の送付",
        "body": f"""税理士法人北斗
事務長 舘野 隆 様

いつも大変お世話になっております。
日の出産業株式会社 経理部の鬼頭でございます。

2026年11月分の賃料・共益費等のご請求書をPDFにてお送りいたします。
お支払期日は10月30日（金）となっております。ご確認のほどよろしくお願い申し上げます。

請求書番号：HS-R-2611-0032
ご請求金額：1,287,440円（税込）

原本は郵送いたしませんので、本メールの添付をもって正式なご請求とさせていただきます。

{S_KITO}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "請求書_HS-R-2611-0032_税理士法人北斗様.pdf",
            "title": "請求書 HS-R-2611-0032",
            "lines": [
                "請 求 書",
                "税理士法人北斗 御中                         発行日 2026年10月15日",
                "請求書番号 HS-R-2611-0032",
                "日の出産業株式会社  登録番号 T5010401187653",
                "〒108-0023 東京都港区芝浦3-14-7 芝浦スクエアビル8F  TEL 03-5442-3180",
                "件名：芝浦スクエアビル 3F-A区画 2026年11月分",
                "",
            ],
            "table": [
                ["品目", "数量", "単価", "金額"],
                ["賃料（3F-A 68.4坪）", "1", "957,600", "957,600"],
                ["共益費", "1", "212,040", "212,040"],
                ["時間外空調（10月実績 14h）", "14", "500", "7,000"],
                ["小計（10%対象）", "", "", "1,176,640"],
                ["消費税（10%）", "", "", "117,664"],
                ["前月調整（電気料 按分差額）", "", "", "-6,864"],
                ["合計", "", "", "1,287,440"],
                ["振込先：みどり銀行 芝浦支店 普通 3021558 ニツシユツサンギヨウ（カ", "", "", ""],
            ],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "テナントへの賃料請求書。法人の登録番号と会社口座のみで個人データなし。",
    },
    {
        "id": "tenantbill-007",
        "charset": "utf-8",
        "sender": KITO,
        "to": ["乙部 <otobe@mizuki-tax.jp>"],
        "subject": "令和8年分 不動産の使用料等の支払調書 作成資料（月極駐車場 貸主分）",
        "body": f"""みずき税理士法人
乙部様

いつもお世話になっております。日の出産業 経理部の鬼頭です。

法定調書の作成にあたり、月極駐車場（芝浦第二パーキング、社用車6台分）の
貸主様の情報をお送りします。個人の方のため、支払調書が必要になります。

【支払を受ける者】
　氏名　　　：岩渕 源一郎（イワブチ ゲンイチロウ）
　住所　　　：東京都港区海岸3丁目22番5-704号
　個人番号　：{mn(0)}
【支払内容】
　区分　　　：駐車場使用料（月額 198,000円 × 12か月）
　支払金額　：2,376,000円
　支払期間　：令和8年1月〜令和8年12月

個人番号は本人確認書類（通知カード写し）と照合済みです。
ご不明点があればご連絡ください。

{S_KITO}
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "個人貸主のマイナンバーを社外の税理士法人へ本文で送付。",
    },
    {
        "id": "tenantbill-008",
        "charset": "shift_jis",
        "sender": SUGIURA,
        "to": [LUMINA],
        "subject": "RE: 共益費改定について（ご質問）",
        "body": f"""株式会社ルミナデザイン
総務部 八木橋様

いつもお世話になっております。日の出産業の杉浦です。
ご質問いただいた共益費の改定について、回答いたします。

今回の改定（坪あたり3,100円→3,400円）は、主に以下の要因によるものです。
　1. 共用部電気料金の上昇（前年比 約18%増）
　2. 清掃・警備委託費の改定（委託先からの人件費転嫁）
　3. エレベーター保守契約の更新に伴う費用増

内訳の資料は、来週の定例会の際に紙でお持ちします。
なお、改定は次回契約更新日（2027年4月1日）からの適用となり、
現行契約期間中の金額は変わりません。

どうぞよろしくお願いいたします。

{S_SUGIURA}

-----Original Message-----
From: 八木橋 めぐみ <yagihashi@lumina-design.co.jp>
Sent: Tuesday, November 10, 2026 4:52 PM
To: 杉浦 拓也 <sugiura.takuya@hinode-sangyo.co.jp>
Subject: 共益費改定について（ご質問）

日の出産業株式会社
杉浦様

お世話になっております。ルミナデザインの八木橋です。
先日いただいた共益費改定のご案内について、社内で説明を求められており、
改定の理由と適用開始時期を教えていただけますでしょうか。

株式会社ルミナデザイン 総務部 八木橋 めぐみ
TEL 03-5442-7710（直通）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "テナントからの質問への返信。引用部はテナント担当者本人の署名のみ。",
    },
    {
        "id": "tenantbill-009",
        "charset": "utf-8",
        "sender": HASUMI,
        "to": [NORDLYS_IS],
        "subject": "Access card for your new colleague is ready",
        "body": f"""Dear Ms. Solberg,

Thank you for your request of 3 November.

The access card for Mr. Eide has been issued and can be collected at the 8F reception
(Mon-Fri, 9:00-17:30). Please ask him to bring a photo ID; he will be asked to sign the
card receipt form.

The card opens the main entrance, the 4F-B door and the service entrance after 20:00.
If he needs weekend access, please let us know in advance so that we can inform the
security company.

{S_HASUMI_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "英文。テナントへのカード受取案内。個人データは氏名の言及のみ。",
    },
    {
        "id": "tenantbill-010",
        "charset": "iso-2022-jp",
        "sender": SUGIURA,
        "to": [MBS_SHOJI],
        "cc": [KEIBI],
        "subject": "避難時要配慮者の情報共有について（4F アークテック様）",
        "body": f"""みなとビルサービス株式会社 東海林様
日本セントラル警備株式会社 御手洗様

お世話になっております。日の出産業の杉浦です。

4Fアークテック様より、下記社員の方について避難時の配慮をしてほしいとの
申し出がありましたので、防災センターでの共有をお願いいたします。

　氏名：鵜飼 直人 様（アークテック 開発部）
　状況：脊髄損傷による下肢障害（身体障害者手帳2級）のため、常時車椅子を使用
　在館時間：平日 9:30〜18:30 頃
　本人携帯：090-6641-3027
　避難計画：火災時は4F東側の一時待機スペースで待機、自衛消防隊の担架班が介助

次回の防災訓練では、この経路での介助手順を確認したいと考えております。

{S_SUGIURA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "特定のテナント社員の障害（要配慮個人情報）を社外2社へ。1名でも停止。",
    },
    {
        "id": "tenantbill-011",
        "charset": "utf-8",
        "sender": HASUMI,
        "to": ["檜垣 <higaki@tokyo-bunsho.co.jp>"],
        "subject": "機密文書回収ボックスの追加設置とお見積りのお願い",
        "body": f"""東京文書リサイクル株式会社
営業部 檜垣様

いつもお世話になっております。日の出産業 施設管理課の蓮見です。

現在5F・7Fに設置いただいている機密文書回収ボックスについて、
テナント様からのご要望もあり、2F〜4Fの共用部にも設置を検討しております。

ご提示いただいている単価は以下のとおりと認識しております。

　回収ボックス（施錠式 60L）レンタル　　月額 1,800円／台
　定期回収（月2回・溶解処理）　　　　　 1回 4,500円
　溶解証明書の発行　　　　　　　　　　　無料

2F・3F・4Fに各1台、計3台を追加した場合のお見積りをいただけますでしょうか。
回収時は各テナントの担当者立会いは不要、防災センターで鍵の受け渡しを予定しています。

{S_HASUMI}

{DISC_JA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "「機密文書」という語と免責文があるだけの見積依頼。分類表示ではない。",
    },
    {
        "id": "tenantbill-012",
        "charset": "iso-2022-jp",
        "sender": SOUTOME,
        "to": [KAWADEN],
        "subject": "5F電気設備改修 図面一式の送付",
        "body": f"""川崎電機株式会社
工事部 甲斐様

お世話になっております。日の出産業の五月女です。

5F電気設備改修工事の図面一式をお送りします。
ファイルにはパスワードを設定しています。パスワードは別途お送りします。

・5F 平面図（既設／改修後）
・分電盤 単線結線図
・工程表（案）

ご確認のうえ、現地調査の候補日をいくつかいただけますと助かります。

{S_SOUTOME}
""",
        "attachments": [{
            "kind": "zip",
            "name": "5F_電気設備改修_図面一式.zip",
            "password": "Sq5F-2026#den",
            "files": [
                {"kind": "docx", "name": "工事概要.docx",
                 "paragraphs": ["5F電気設備改修工事 概要", "工期：2027年1月〜2月（休日施工）",
                                "範囲：5F東西分電盤の更新、OAフロア内配線の整理"]},
                {"kind": "xlsx", "name": "工程表.xlsx",
                 "sheets": {"工程": [["週", "作業"], ["1", "既設撤去"], ["2", "盤据付"],
                                     ["3", "配線"], ["4", "試験・切替"]]}},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード付きZIP（PPAP）を社外へ。中身を検査できない。",
    },
    {
        "id": "tenantbill-013",
        "charset": "utf-8",
        "sender": SUGIURA,
        "to": [TAKANASHI],
        "cc": [HASUMI, SOUTOME],
        "subject": "施設管理課 緊急連絡網（2026年11月更新）",
        "body": "小鳥遊部長\n\nお疲れさまです。杉浦です。\n"
                "異動に伴い、施設管理課の緊急連絡網を更新しました（社内限り）。\n"
                "Excelから貼り付けていますので、タブ区切りになっています。\n\n"
                + "\n".join("\t".join(r) for r in [
                    ["順", "氏名", "携帯", "自宅", "住所"],
                    ["1", "杉浦 拓也", "080-4417-2093", "045-913-2268", "神奈川県横浜市青葉区しらとり台41-9"],
                    ["2", "五月女 健", "080-4417-2107", "03-3794-5530", "東京都目黒区中町2-17-3-201"],
                    ["3", "蓮見 由佳", "090-2285-6641", "044-977-3012", "神奈川県川崎市宮前区宮崎5-8-14"],
                    ["4", "百目鬼 彩", "070-3120-8857", "048-861-2490", "埼玉県さいたま市浦和区岸町6-3-22"],
                    ["5", "小此木 亮太", "090-8812-4476", "03-5697-1183", "東京都江東区大島7-29-1-1105"],
                    ["6", "嘉数 ひなた", "080-5521-0934", "047-352-7718", "千葉県浦安市富岡2-10-6"],
                    ["7", "御厨 正臣", "090-1167-2285", "042-574-6620", "東京都国立市富士見台3-41-12"],
                    ["8", "巴 真琴", "070-6643-1109", "03-3911-4805", "東京都北区赤羽西1-33-7"],
                ])
                + f"\n\n夜間・休日は1→2→3の順に連絡、つながらない場合は部長へお願いします。\n\n{S_SUGIURA}\n",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "8名の連絡網（タブ区切り）だが宛先はすべて社内。",
    },
    {
        "id": "tenantbill-014",
        "charset": "shift_jis",
        "sender": SOUTOME,
        "to": [TOWA],
        "subject": "2F〜4F 空調機更新のお見積り依頼",
        "body": f"""東和空調サービス株式会社
猪又様

いつもお世話になっております。日の出産業の五月女です。

来年度予算の検討にあたり、2F〜4F（テナント区画）の空調機更新について
概算のお見積りをお願いできますでしょうか。既設機器は以下のとおりです。

階    区画    系統        既設機種                  台数  設置年
----  ------  ----------  ------------------------  ----  ------
2F    2F-A    ビルマル    RP-ZX224 室外機             2    2009
2F    2F-B    ビルマル    RP-ZX160 室外機             1    2009
3F    3F-A    ビルマル    RP-ZX224 室外機             2    2010
3F    3F-B    パッケージ  PA-K140 天井カセット        3    2012
4F    4F-A    ビルマル    RP-ZX280 室外機             2    2010
4F    4F-B    ビルマル    RP-ZX160 室外機             1    2010

工事はテナント営業中のため、土日・夜間施工を前提にお願いします。
室内機の台数は別途、竣工図の写しを郵送いたします。

{S_SOUTOME}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "空白揃えの設備一覧（機器の表）。人の情報なし。",
    },
    {
        "id": "tenantbill-015",
        "charset": "iso-2022-jp",
        "sender": KITO,
        "to": ["雲母 俊介 <kira.shunsuke@nishiki-insatu.co.jp>"],
        "subject": "契約更新に伴う賃料改定のご案内（3F-B区画）",
        "body": f"""錦印刷株式会社 芝浦営業所
所長 雲母 俊介 様

平素は格別のご高配を賜り、厚く御礼申し上げます。
日の出産業 経理部の鬼頭でございます。

3F-B区画の転貸借契約が2027年3月31日に満了を迎えるにあたり、
更新後の条件についてご案内申し上げます。

　賃料　　：坪あたり 14,000円 → 14,500円
　共益費　：坪あたり 3,100円 → 3,400円
　適用開始：2027年4月1日

詳細は別途書面にてお送りいたします。ご不明な点はお気軽にお問い合わせください。

{S_KITO}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "宛先ドメイン nishiki-insatu.co.jp はパートナー nishiki-insatsu.co.jp の綴り違い（s 脱落）。",
    },
    {
        "id": "tenantbill-016",
        "charset": "shift_jis",
        "sender": HASUMI,
        "to": [CLEAN],
        "subject": "Re: 年末特別清掃 作業員名簿の件",
        "body": f"""クリーンライフ株式会社
左右田様

お世話になっております。日の出産業の蓮見です。
作業員名簿のご送付、ありがとうございました。

7名分の臨時入館カードを準備いたします。当日12月19日（土）8:30に
1F防災センターでお渡ししますので、代表の方がまとめて受け取りをお願いします。
作業終了後は同じく防災センターへご返却ください。

{S_HASUMI}

> 日の出産業株式会社 蓮見様
>
> お世話になっております。クリーンライフの左右田です。
> 12/19 年末特別清掃の作業員名簿をお送りします。
>
>  氏名          携帯            担当
>  ------------  --------------  ------------
>  左右田 修     090-7720-1184   責任者
>  朝比奈 勝     080-3351-9026   床洗浄
>  百瀬 康子     090-5518-4470   床洗浄
>  檀 一郎       070-2284-6395   ガラス
>  楪 美和       080-9912-3307   ガラス
>  Nguyen Van An 090-6634-1182   カーペット
>  鮫島 竜也     080-4426-7751   カーペット
>
> 以上、よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "7名の名簿は先方からの引用（> 行）のみ。新規本文に個人データなし。",
    },
    {
        "id": "tenantbill-017",
        "charset": "utf-8",
        "sender": SOUTOME,
        "to": [MBS_URUSHI],
        "subject": "FW: 【作業員名簿】5F電気設備改修（1/16・1/17施工分）",
        "body": f"""みなとビルサービス 漆原様

お世話になっております。日の出産業の五月女です。
川崎電機さんから届いた作業員名簿を転送します。休日入館の手配をお願いします。

{S_SOUTOME}

---------- Forwarded message ---------
From: 甲斐 剛 <kai.tsuyoshi@kawasaki-denki.co.jp>
Date: 2026年12月9日(水) 17:12
Subject: 【作業員名簿】5F電気設備改修（1/16・1/17施工分）
To: 五月女 健 <soutome.ken@hinode-sangyo.co.jp>

日の出産業 五月女様

1/16・1/17の作業員名簿です。新規入場者教育は当社で実施済みです。

氏名／生年月日／血液型／携帯
甲斐 剛　　　S52.8.19　A型　090-2215-6078
宍戸 康平　　S58.4.2　 O型　080-3362-1945
一ノ瀬 悠　　H7.11.30　B型　070-4418-2203
仁科 義男　　S46.1.15　A型　090-8843-5517
寒河江 拓　　H2.6.8　　AB型 080-1127-6634
Tran Minh Duc　H10.3.21　O型　090-5530-8812

川崎電機株式会社 工事部 甲斐 剛
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "作業員6名の生年月日・携帯を含む名簿を別の社外先へ転送（転送は新規送信扱い）。",
    },
    {
        "id": "tenantbill-018",
        "charset": "iso-2022-jp",
        "sender": MINAI,
        "to": [SHIRAKAWA],
        "cc": [SUGIURA],
        "subject": "転貸借契約書（案）のリーガルチェックのお願い（ミライバイオ様）",
        "body": f"""白川法律事務所
弁護士 真壁先生

いつもお世話になっております。日の出産業 法務グループの薬袋です。

2F-B区画へ入居予定の株式会社ミライバイオ様との転貸借契約書（案）を
お送りいたしますので、リーガルチェックをお願いできますでしょうか。

特にご確認いただきたい点は以下の3点です。
　・原賃貸借契約が終了した場合の転貸借の扱い（第12条）
　・研究用機器の持込みと原状回復の範囲（第18条）
　・秘密保持条項（第15条）と、先方と別途締結済みの秘密保持契約との関係

先方は12月中旬の締結を希望されていますので、12月4日（金）頃までに
コメントをいただけますと幸いです。

{S_MINAI}
""",
        "attachments": [{
            "kind": "docx",
            "name": "転貸借契約書（案）_ミライバイオ_v3.docx",
            "title": "転貸借契約書（案）",
            "paragraphs": [
                "転貸借契約書（案）",
                "日の出産業株式会社（以下「甲」という。）と株式会社ミライバイオ（以下「乙」という。）は、"
                "甲が芝浦興産株式会社から賃借する建物の一部について、次のとおり転貸借契約を締結する。",
                "第1条（目的物） 東京都港区芝浦3-14-7 芝浦スクエアビル 2階 B区画（約42.6坪）",
                "第3条（賃料） 月額 金617,700円（消費税別）",
                "第12条（原賃貸借の終了） 原賃貸借契約が終了したときは、甲は乙に対し速やかに通知する。",
                "第15条（秘密保持） 甲及び乙は、本契約に関して知り得た相手方の秘密を第三者に開示しない。",
                "第18条（原状回復） 乙は、明渡しに際し、乙が設置した研究用設備を撤去し原状に復する。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "契約書案の法律事務所への送付。秘密保持条項・NDAへの言及のみで分類表示なし。",
    },
    {
        "id": "tenantbill-019",
        "charset": "utf-8",
        "sender": SUGIURA,
        "to": [OWNER],
        "subject": "賃料改定協議の資料送付",
        "body": f"""芝浦興産株式会社
資産管理部 武者小路様

いつもお世話になっております。日の出産業の杉浦です。

先日の打合せでお話しした賃料改定の件、当社側の資料をお送りいたします。
次回11月25日（水）の協議の前にお目通しいただけますと幸いです。

{S_SUGIURA}
""",
        "attachments": [{
            "kind": "docx",
            "name": "賃料改定協議_検討メモ.docx",
            "title": "賃料改定協議 社内検討メモ",
            "page_header": "社外秘",
            "paragraphs": [
                "賃料改定協議 検討メモ（2026年11月）",
                "1. 現行の原賃料：月額 11,480,000円（全館）",
                "2. 当社の交渉上限：月額 +3.5%（これを超える場合は一部フロア返還を検討）",
                "3. 転貸収入の見込み：2027年度 月額 6,950,000円",
                "4. 落としどころ：+2.0%、3年据置き",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "ヘッダーに「社外秘」と表示された社内検討メモを家主へ添付。",
    },
    {
        "id": "tenantbill-020",
        "charset": "shift_jis",
        "sender": SUGIURA,
        "to": [SOLEIL],
        "subject": "店頭看板の設置・営業時間変更の件（承認）",
        "body": f"""有限会社ソレイユ
店長 及川様

いつもお世話になっております。日の出産業の杉浦です。

ご申請いただいた2件、家主の芝浦興産様の了承も得られましたので承認いたします。

１．店頭A型看板の設置
　　・設置場所：1F正面入口の右側（点字ブロックから60cm以上離してください）
　　・設置時間：営業時間中のみ（閉店後は店内へ収納）
２．営業時間の変更
　　・平日 7:30〜19:00 → 7:30〜20:00（12月1日から）
　　・20時以降の退館は通用口からとなります

看板の転倒防止のウエイトは必ず設置をお願いいたします。

{S_SUGIURA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "1F店舗テナントへの承認連絡。通常業務。",
    },
    {
        "id": "tenantbill-021",
        "charset": "utf-8",
        "sender": HASUMI,
        "to": [KEIBI],
        "subject": "休日入館申請（4F-B Nordlys Japan様 海外出張者 2名）",
        "body": f"""日本セントラル警備株式会社
管制センター 御手洗様

お世話になっております。日の出産業の蓮見です。

4F-BのNordlys Japan様より、本国からの出張者2名の休日入館申請がありました。
テナント様より、本人確認のため下記の番号を警備側に控えてほしいとのことです。

1) Mr. Bjørn HALVORSEN
   旅券番号：TR4418203（ノルウェー旅券）
   入館日時：11月14日（土）10:00〜18:00

2) Ms. Camille LEROY
   在留カード番号：UH52803317EA
   入館日時：11月14日（土）10:00〜18:00、11月15日（日）10:00〜15:00

当日は通用口のインターホンで社名とお名前を名乗るよう伝えてあります。

{S_HASUMI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "旅券番号・在留カード番号を社外の警備会社へ。身分証番号は1件でも停止。",
    },
    {
        "id": "tenantbill-022",
        "charset": "utf-8",
        "sender": SUGIURA,
        "to": [MBS_SHOJI],
        "subject": "テナント緊急連絡先一覧（会社窓口）の更新",
        "html": """<html><body>
<p>みなとビルサービス株式会社<br>東海林様</p>
<p>お世話になっております。日の出産業の杉浦です。<br>
防災センター掲示用のテナント緊急連絡先一覧を更新しました。各社の会社窓口（代表・夜間当番）のみの一覧です。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>階</th><th>テナント</th><th>代表電話</th><th>夜間・休日窓口</th></tr>
<tr><td>1F</td><td>有限会社ソレイユ（カフェ）</td><td>03-5442-7701</td><td>03-5442-7701（留守電→店長へ転送）</td></tr>
<tr><td>2F-A</td><td>株式会社ルミナデザイン</td><td>03-5442-7710</td><td>050-3188-2207（総務当番）</td></tr>
<tr><td>3F-A</td><td>税理士法人北斗</td><td>03-5442-7730</td><td>03-5442-7730（転送設定）</td></tr>
<tr><td>3F-B</td><td>錦印刷株式会社 芝浦営業所</td><td>03-5442-7738</td><td>0120-318-556（本社管理センター）</td></tr>
<tr><td>4F-A</td><td>株式会社アークテック</td><td>03-5442-7740</td><td>050-3304-9911（情報システム当番）</td></tr>
<tr><td>4F-B</td><td>Nordlys Japan K.K.</td><td>03-5442-7748</td><td>03-5442-7748</td></tr>
<tr><td>5F-9F</td><td>日の出産業株式会社</td><td>03-5442-3180</td><td>080-4417-2093（施設管理課当番）</td></tr>
</table>
<p>防災センターの掲示物と差し替えをお願いいたします。</p>
<p>日の出産業株式会社 総務部 施設管理課 杉浦 拓也<br>TEL 03-5442-3180（内線4121）</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTMLのみ。テナント各社の代表・夜間窓口（会社の連絡先）の一覧で、個人の記録ではない。",
    },
    {
        "id": "tenantbill-023",
        "charset": "iso-2022-jp",
        "sender": HASUMI,
        "to": [KEIBI],
        "subject": "テナント防火責任者の緊急連絡先（2026年度版）",
        "body": f"""日本セントラル警備株式会社
御手洗様

お世話になっております。日の出産業の蓮見です。

各テナントの防火責任者（夜間・休日の緊急呼出し先）の一覧をExcelでお送りします。
機械警備の発報時、テナント区画内の確認が必要な場合はこちらへご連絡ください。

{S_HASUMI}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "テナント防火責任者_緊急連絡先_2026.xlsx",
            "sheets": {
                "表紙": [["芝浦スクエアビル テナント防火責任者 緊急連絡先"],
                         ["作成：日の出産業株式会社 総務部 施設管理課"], ["更新日：2026/11/02"]],
                "緊急連絡先": [
                    ["芝浦スクエアビル 防火責任者 緊急連絡先一覧（2026年度）"],
                    [],
                    ["階", "テナント", "氏名", "役職", "携帯", "自宅"],
                    ["1F", "ソレイユ", "及川 楓", "店長", "090-2261-4408", "03-3454-2291"],
                    ["2F-A", "ルミナデザイン", "八木橋 めぐみ", "総務部", "080-7753-1920", "044-522-8713"],
                    ["3F-A", "税理士法人北斗", "舘野 隆", "事務長", "090-4438-2016", "048-224-6630"],
                    ["3F-B", "錦印刷 芝浦営業所", "雲母 俊介", "所長", "090-1182-7765", "03-3761-0452"],
                    ["4F-A", "アークテック", "千明 久美", "管理部長", "080-2247-5539", "042-338-1907"],
                    ["4F-B", "Nordlys Japan", "Ingrid Solberg", "Office Manager", "070-4412-8830", ""],
                    ["5F-9F", "日の出産業", "杉浦 拓也", "施設管理課長", "080-4417-2093", "045-913-2268"],
                ],
                "更新履歴": [["日付", "内容"], ["2026/04/01", "年度更新"], ["2026/11/02", "4F-A担当交代"]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "7名の氏名・個人携帯・自宅電話のXLSX（表紙・タイトル行つき複数シート）を社外警備会社へ。",
    },
    {
        "id": "tenantbill-024",
        "charset": "utf-8",
        "sender": SUGIURA,
        "to": [DAITO],
        "subject": "防災訓練当日の各テナント代表者について",
        "body": f"""大東防災設備株式会社
栗林様

お世話になっております。日の出産業の杉浦です。

12月10日（木）の総合防災訓練で、各階の避難誘導を担当するテナント代表者が決まりました。
当日の連絡用に携帯番号をお知らせします。

・2F　ルミナデザイン　　八木橋 めぐみ 様　080-7753-1920
・3F　税理士法人北斗　　舘野 隆 様　　　　090-4438-2016
・4F　アークテック　　　千明 久美 様　　　080-2247-5539
・5F以上　日の出産業　　五月女 健　　　　　080-4417-2107

訓練終了後、番号は破棄していただくようお願いいたします。

{S_SUGIURA}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "4名の氏名・携帯（・箇条書き）。5名未満なので警告どまり。",
    },
    {
        "id": "tenantbill-025",
        "charset": "shift_jis",
        "sender": SOUTOME,
        "to": [DAITO],
        "subject": "自衛消防隊 編成（案）の送付",
        "body": f"""大東防災設備 栗林様

お世話になっております。五月女です。
消防計画の見直しに合わせ、自衛消防隊の編成案を作成しました。
訓練シナリオ作成の参考にしてください。

班        氏名            所属
--------  --------------  ----------------------
隊長      杉浦 拓也        日の出産業 施設管理課
通報連絡  百目鬼 彩        日の出産業 総務課
初期消火  五月女 健        日の出産業 施設管理課
初期消火  雲母 俊介        錦印刷 芝浦営業所
避難誘導  八木橋 めぐみ    ルミナデザイン
避難誘導  千明 久美        アークテック
救護      舘野 隆          税理士法人北斗

連絡先は当日の配布資料に記載します。

{S_SOUTOME}
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "7名の氏名と役割・所属のみ（連絡先なし）。業務上の編成表とも個人の名簿とも言える。",
    },
]

# ---------------------------------------------------------------- 026–050
MESSAGES += [
    {
        "id": "tenantbill-026",
        "charset": "iso-2022-jp",
        "sender": SOUTOME,
        "to": [SANKO],
        "subject": "エレベーター法定検査の日程確認（1号機・2号機）",
        "body": f"""三光昇降機株式会社
サービス部 笠置様

お世話になっております。日の出産業の五月女です。

ご案内いただいた法定検査の日程、以下で確定とさせてください。

　1号機（乗用・15人乗り）　12月12日（土）9:00〜12:00
　2号機（乗用・非常用兼用）　12月12日（土）13:00〜16:00

検査中は1台運転となりますので、テナント様へは「混雑が予想される」旨を
案内しておきます。非常用の2号機の検査中に火災報知設備の試験が重ならないよう、
防災設備業者には別日で調整済みです。

検査成績書は、いつもどおり紙で1部・PDFで1部いただけますと助かります。

{S_SOUTOME}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "昇降機業者との日程確定。通常業務。",
    },
    {
        "id": "tenantbill-027",
        "charset": "utf-8",
        "sender": KITO,
        "to": ["大庭 真一 <ooba@beltech.co.jp>"],
        "subject": "原状回復費用 精算書の送付（2F-B区画）",
        "body": f"""株式会社ベルテック
総務部 大庭様

お世話になっております。日の出産業 経理部の鬼頭です。

ご退去に伴う原状回復費用の精算書をお送りします。
敷金からの差引額も記載しておりますので、ご確認をお願いいたします。

PDFには閲覧パスワードを設定しております。パスワードは後ほど別メールでお知らせします。

{S_KITO}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "原状回復費用精算書_2F-B.pdf",
            "password": "Bel2FB-1127",
            "title": "原状回復費用 精算書",
            "lines": ["原状回復費用 精算書（2F-B区画）", "敷金 9,576,000円",
                      "原状回復工事費 3,218,400円（税込）", "返還予定額 6,357,600円"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード保護PDFを社外へ。内容を検査できない。",
    },
    {
        "id": "tenantbill-028",
        "charset": "shift_jis",
        "sender": HASUMI,
        "to": [KITO],
        "subject": "駐車場利用者一覧（12月分 給与控除用）",
        "body": f"""鬼頭さん

お疲れさまです。蓮見です。
12月分の駐車場代の給与控除用に、利用者一覧をCSVで添付します。
前月からの変更は、御厨さんの解約と Lee さんの新規契約の2件です。

{S_HASUMI}
""",
        "attachments": [{
            "kind": "csv",
            "name": "駐車場利用者_202612.csv",
            "encoding": "cp932",
            "rows": [
                ["区画", "氏名", "所属", "車両番号", "携帯", "月額", "備考"],
                ["B1-01", "小鳥遊 誠", "総務部", "品川 330 す 41-07", "090-3346-1185", "38000", ""],
                ["B1-02", "杉浦 拓也", "施設管理課", "横浜 300 ね 82-19", "080-4417-2093", "38000", "当番車"],
                ["B1-03", "伊集院 玲奈", "営業二部", "品川 501 あ 10-44", "090-3318-7752", "38000", ""],
                ["B1-05", "六車 大地", "経理部", "足立 330 ゆ 56-30", "080-2294-6013", "38000", ""],
                ["B1-06", "保科 航", "総務部", "練馬 300 り 7-71", "090-7702-3391", "38000", ""],
                ["B1-07", "小此木 亮太", "施設管理課", "江東 500 に 33-02", "090-8812-4476", "38000", ""],
                ["B1-09", "Lee Ji-hoon", "海外事業部", "品川 300 わ 90-15", "090-4126-9938", "38000", "12月新規"],
                ["B1-10", "巴 真琴", "施設管理課", "練馬 580 か 21-68", "070-6643-1109", "38000", ""],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "8名の駐車場利用者CSV（CP932）だが社内宛てのみ。",
    },
    {
        "id": "tenantbill-029",
        "charset": "utf-8",
        "sender": HASUMI,
        "to": [PARKING],
        "subject": "2027年度 駐車場契約者一覧の送付",
        "body": f"""芝浦パーキング管理株式会社
駒形様

お世話になっております。日の出産業 施設管理課の蓮見です。

来年度の契約更新にあたり、当社契約分（B1-01〜B1-10）の利用者一覧をお送りします。
ゲートの車番認証登録と、緊急時（車両移動のお願い等）の連絡にお使いください。

{S_HASUMI}
""",
        "attachments": [{
            "kind": "csv",
            "name": "駐車場契約者一覧_2027年度.csv",
            "encoding": "utf-8",
            "rows": [
                ["区画", "氏名", "フリガナ", "車種", "ナンバー", "携帯", "自宅住所"],
                ["B1-01", "小鳥遊 誠", "タカナシ マコト", "プリウス", "品川330す4107", "090-3346-1185",
                 "東京都品川区旗の台4-11-2"],
                ["B1-02", "杉浦 拓也", "スギウラ タクヤ", "ノア", "横浜300ね8219", "080-4417-2093",
                 "神奈川県横浜市青葉区しらとり台41-9"],
                ["B1-03", "伊集院 玲奈", "イジュウイン レナ", "N-BOX", "品川501あ1044", "090-3318-7752",
                 "東京都大田区北千束1-52-8"],
                ["B1-05", "六車 大地", "ムグルマ ダイチ", "フォレスター", "足立330ゆ5630", "080-2294-6013",
                 "東京都足立区梅島2-6-19"],
                ["B1-06", "保科 航", "ホシナ ワタル", "カローラ", "練馬300り771", "090-7702-3391",
                 "東京都練馬区関町北5-3-27"],
                ["B1-07", "小此木 亮太", "オコノギ リョウタ", "アクア", "江東500に3302", "090-8812-4476",
                 "東京都江東区大島7-29-1-1105"],
                ["B1-09", "Lee Ji-hoon", "イ ジフン", "CX-5", "品川300わ9015", "090-4126-9938",
                 "東京都港区港南4-2-6-2203"],
                ["B1-10", "巴 真琴", "トモエ マコト", "ハスラー", "練馬580か2168", "070-6643-1109",
                 "東京都北区赤羽西1-33-7"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "8名の氏名・携帯・自宅住所のCSV（UTF-8）を社外の駐車場管理会社へ。",
    },
    {
        "id": "tenantbill-030",
        "charset": "iso-2022-jp",
        "sender": KITO,
        "to": [MIDORI],
        "subject": "テナント賃料受取用 振込専用口座の開設について",
        "body": f"""みどり銀行 芝浦支店
法人営業課 相馬様

いつもお世話になっております。日の出産業 経理部の鬼頭です。

先日ご相談した、テナント様からの賃料受取用の振込専用口座（バーチャル口座）について、
以下の条件で申込みを進めたいと考えております。

　口座数：7口（テナントごとに1口、予備1口）
　入金照合：毎営業日 朝9時にCSV連携
　手数料：ご提示いただいた月額基本料 5,500円＋1口あたり110円

申込書の記入例と、必要書類（登記事項証明書・印鑑証明書）の有効期限について
ご教示いただけますでしょうか。

{S_KITO}

{DISC_JA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "取引銀行（パートナー）への口座開設相談。免責文あり、個人データなし。",
    },
    {
        "id": "tenantbill-031",
        "charset": "utf-8",
        "sender": SUGIURA,
        "to": ["芝浦三丁目町会 防災部長 大鐘様 <ogane.shibaura3@gmail.com>",
               "海岸通り町会 源田 <genda-k@yahoo.co.jp>",
               "港南西町会 汐見 <shiomi.mariko@icloud.com>"],
        "subject": "地域合同防災訓練（1月）の打合せ日程について",
        "body": f"""町会防災担当の皆様

いつもお世話になっております。芝浦スクエアビルを管理しております
日の出産業の杉浦です。

1月の地域合同防災訓練について、事前の打合せを下記の候補日で行いたいと考えております。
ご都合のよい日をお知らせいただけますでしょうか。

　候補1　12月12日（土）10:00〜11:30
　候補2　12月13日（日）14:00〜15:30
　場所　 芝浦スクエアビル 1F 多目的室

当日は、ビルの一時避難場所としての受入れ手順（備蓄品の配布を含む）について
ご意見をいただければと存じます。

{S_SUGIURA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "個人（フリーメール）3名を To に並べ、互いのアドレスが見える。Bcc にすべき。",
    },
    {
        "id": "tenantbill-032",
        "charset": "utf-8",
        "sender": KITO,
        "to": ["岩渕 源一郎 <iwabuchi.gen1948@gmail.com>"],
        "subject": "駐車場使用料 お振込み完了のご連絡（12月分）",
        "body": f"""岩渕 源一郎 様

いつも大変お世話になっております。
日の出産業株式会社 経理部の鬼頭でございます。

芝浦第二パーキングの12月分使用料につきまして、本日お振込みいたしましたのでご連絡いたします。

　お振込日：2026年11月27日（金）
　金額　　：198,000円（6台分）
　振込名義：ヒノデサンギヨウ（カ

また、年明けに「不動産の使用料等の支払調書」の写しを郵送いたします。
ご不明な点がございましたら、お気軽にお電話ください。

{S_KITO}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "個人貸主（Gmail）1名への振込連絡。フリーメール宛て1件は警告のみ。",
    },
    {
        "id": "tenantbill-033",
        "charset": "shift_jis",
        "sender": HASUMI,
        "to": [CLEAN],
        "subject": "日常清掃の仕様変更について（12月から）",
        "body": f"""クリーンライフ株式会社
左右田様

お世話になっております。日の出産業の蓮見です。
先日の打合せを踏まえ、12月からの日常清掃の仕様を下記のとおり変更させてください。

・1Fエントランス：床の拭き上げを 1日1回 → 2回（10時・15時）
・各階トイレ：巡回点検を 1日2回 → 3回（2F〜4Fのみ）
・共用廊下：カーペット部分の除塵は週2回のまま
・ゴミ置場：1F店舗の厨芥は毎朝7時回収（店舗側で分別済み）
・9F役員フロア：日常清掃の対象外（当社で別途手配）

変更に伴う月額費用の差分をお見積りいただけますでしょうか。

{S_HASUMI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "・箇条書きの清掃仕様。業務内容のみ。",
    },
    {
        "id": "tenantbill-034",
        "charset": "iso-2022-jp",
        "sender": SUGIURA,
        "to": [MBS_SHOJI],
        "subject": "【至急】5F女子トイレでの盗撮被害と防犯カメラ映像の保全について",
        "body": f"""みなとビルサービス株式会社
東海林様

お世話になっております。日の出産業の杉浦です。

本日11月12日（木）午後、5F女子トイレで小型カメラが見つかり、
当社社員の 浅葱 ひかり（営業一部）が盗撮の被害にあったことが分かりました。
本人は三田警察署に被害届を提出済みで、警察から防犯カメラ映像の提出を求められています。

つきましては、以下の映像の保全をお願いいたします。
　・5Fエレベーターホール カメラ（11月10日〜12日の全時間帯）
　・1F通用口・エントランス カメラ（同上）

本人の意向により、社内外とも情報は最小限の範囲にとどめております。
取扱いには十分ご注意ください。

{S_SUGIURA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "特定の社員が犯罪被害者であること（要配慮個人情報）を社外へ。",
    },
    {
        "id": "tenantbill-035",
        "charset": "iso-2022-jp",
        "sender": SOUTOME,
        "to": [MBS_SHOJI],
        "subject": "3F共用廊下の不審物について（ご報告と映像確認のお願い）",
        "body": f"""みなとビルサービス 東海林様

お世話になっております。五月女です。

本日8:40頃、3F共用廊下の消火栓ボックス脇に持ち主不明の紙袋が置かれているのを
清掃スタッフの方が発見しました。念のため警察に連絡し、確認の結果、
中身は書籍と衣類で危険物ではないとのことでした。遺失物として届け出ています。

念のため、昨日夕方以降の3Fエレベーターホールのカメラ映像を
確認いただけますでしょうか。置いた人が分かれば、テナント経由で返却します。

{S_SOUTOME}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "不審物の報告。特定の個人の情報なし。",
    },
    {
        "id": "tenantbill-036",
        "charset": "utf-8",
        "sender": HASUMI,
        "to": ["経理部 管理課 <keiri-kanri@hinode-sanyo.co.jp>"],
        "subject": "入館カード発行費用の部門按分（11月入社 2名）",
        "body": f"""経理部 管理課 御中

お疲れさまです。施設管理課の蓮見です。
11月入社の2名分の入館カード発行費用（1枚 1,650円）を、所属部門へ按分してください。

　・栃折 里穂（営業二部）携帯 090-5527-3018
　・朝日奈 陸（海外事業部）携帯 080-6619-2470

カードの受け取りサインは両名とも済んでいます。

{S_HASUMI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "社内宛てのつもりが hinode-sanyo.co.jp（自社ドメインの g 脱落）の似せドメイン。",
    },
    {
        "id": "tenantbill-037",
        "charset": "shift_jis",
        "sender": SOUTOME,
        "to": [OWNER],
        "subject": "8F給湯室改修工事 完了報告書の提出",
        "body": f"""芝浦興産株式会社
資産管理部 武者小路様

いつもお世話になっております。日の出産業の五月女です。

ご承諾いただいておりました8F給湯室の改修工事が完了しましたので、
完了報告書をお送りいたします。竣工写真は別途郵送いたします。

{S_SOUTOME}
""",
        "attachments": [{
            "kind": "docx",
            "name": "工事完了報告書_8F給湯室改修.docx",
            "title": "工事完了報告書",
            "paragraphs": [
                "工事完了報告書",
                "工事名称：芝浦スクエアビル 8F給湯室改修工事",
                "工期：2026年10月31日（土）〜11月8日（日）",
                "施工：川崎電機株式会社（電気）、株式会社匠リフォーム（内装・設備）",
                "工事内容は下表のとおり。既存配管の劣化（錆）を確認したため、給水管を一部更新した。",
            ],
            "tables": [[
                ["No", "工事項目", "数量", "備考"],
                ["1", "流し台・吊戸棚 更新", "1式", "W1800"],
                ["2", "電気温水器 更新", "1台", "20L"],
                ["3", "給水管 更新（SUS）", "6m", "追加工事"],
                ["4", "専用コンセント増設", "2口", "20A"],
                ["5", "床長尺シート張替え", "8.4㎡", ""],
            ]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "家主への工事完了報告（DOCXの表）。業者名と工事内容のみ。",
    },
    {
        "id": "tenantbill-038",
        "charset": "iso-2022-jp",
        "sender": SUGIURA,
        "to": [OWNER],
        "cc": [MBS_SHOJI],
        "subject": "大規模修繕 協議会（第3回）議事録の送付と次回日程",
        "body": f"""芝浦興産株式会社 武者小路様
（cc：みなとビルサービス株式会社 東海林様）

お世話になっております。日の出産業の杉浦です。
11月18日の大規模修繕協議会（第3回）の議事録をお送りします。

【決定事項】
　1. 外壁タイル調査は2027年2月に実施（足場なし・ドローン併用）
　2. 屋上防水は2027年度工事とし、見積りを3社から取得
　3. テナントへの説明会は調査結果の報告後に実施

【次回】12月16日（水）14:00〜 芝浦興産様 本社会議室

議事録に修正がございましたら、12月2日（水）までにお知らせください。

{S_SUGIURA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "家主と管理会社の社外2組織への通常の三者連絡。",
    },
    {
        "id": "tenantbill-039",
        "charset": "utf-8",
        "sender": SUGIURA,
        "to": [SECURE],
        "subject": "ICカード（入館用）200枚 追加注文とお支払いについて",
        "body": f"""セキュアゲート株式会社
鰐部様

お世話になっております。日の出産業の杉浦です。

入館用ICカードの追加注文をお願いいたします。

　品名：MIFARE 入館カード（券面印刷あり・ビルロゴ入り）
　数量：200枚
　単価：480円（税別）
　納期：12月上旬希望

お支払いは、前回と同様に法人カードでお願いできればと存じます。

　カード番号：{cc(0)}
　有効期限　：08/29
　名義　　　：TAKUYA SUGIURA（日の出産業株式会社）

決済完了後、領収書をPDFでお送りください。

{S_SUGIURA}
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "クレジットカード番号を本文で社外の業者へ。",
    },
    {
        "id": "tenantbill-040",
        "charset": "utf-8",
        "sender": SUGIURA,
        "to": [KITO],
        "subject": "法人カード利用報告（セキュアゲート ICカード代）",
        "body": f"""鬼頭さん

お疲れさまです。杉浦です。
入館用ICカード200枚の代金を法人カードで決済しましたので報告します。

　利用日：2026年11月20日
　利用先：セキュアゲート株式会社
　金額　：105,600円（税込）
　カード：{cc(0)}（施設管理課 杉浦名義）

領収書PDFは経費精算システムに添付済みです。
※先方へのカード番号連絡は、今後は決済ページからの入力に切り替えます。

{S_SUGIURA}
""",
        "expect": "pass",
        "entities": ["CREDIT_CARD"],
        "detectors": [],
        "note": "カード番号を含むが宛先は社内（経理）のみ。",
    },
    {
        "id": "tenantbill-041",
        "charset": "utf-8",
        "sender": SUGIURA,
        "to": [NORDLYS_HA],
        "subject": "Overtime air-conditioning and meeting room rates from January",
        "body": f"""Dear Mr. Aas,

Thank you for your question at last week's tenant meeting. Below are the rates that will
apply to all tenants from 1 January 2027 (tax excluded):

  Item                                   Unit          Current    From Jan 2027
  -------------------------------------  ------------  ---------  -------------
  Overtime air-conditioning (4F-B zone)  per hour      JPY 500    JPY 620
  Overtime lighting, common corridor     per hour      JPY 150    JPY 150
  1F multi-purpose room (up to 20 pax)   per hour      JPY 2,200  JPY 2,500
  Additional access card                 per card      JPY 1,500  JPY 1,650
  Lost card re-issue                     per card      JPY 3,000  JPY 3,300

Requests for overtime air-conditioning should still be made through the tenant portal
by 15:00 on the day. I will send the updated house rules in English next week.

{S_SUGIURA_EN}

{DISC_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "英文の料金表と標準免責文。個人データなし。",
    },
    {
        "id": "tenantbill-042",
        "charset": "shift_jis",
        "sender": SOUTOME,
        "to": [TOWA],
        "subject": "8F空調更新工事 工程表と当社立会者について",
        "body": f"""東和空調サービス 猪又様

お世話になっております。五月女です。
8F空調更新工事の工程表（当社修正版）を添付します。作業エリアのシートに
養生範囲と搬入経路を追記しました。

当日の当社立会者は以下の2名です（いずれも会社貸与の携帯です）。
　五月女 健　080-4417-2107
　小此木 亮太　080-4417-2114

{S_SOUTOME}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "8F空調更新_工程表_rev2.xlsx",
            "sheets": {
                "工程": [
                    ["8F空調更新工事 工程表（rev.2）"],
                    ["日付", "曜日", "作業", "時間帯", "停止範囲"],
                    ["2027/01/09", "土", "既設室外機撤去", "8:00-17:00", "8F全域"],
                    ["2027/01/10", "日", "新規室外機据付・冷媒配管", "8:00-17:00", "8F全域"],
                    ["2027/01/16", "土", "室内機交換（東側）", "8:00-18:00", "8F東"],
                    ["2027/01/17", "日", "室内機交換（西側）・試運転", "8:00-18:00", "8F西"],
                ],
                "作業エリア": [
                    ["搬入経路・養生範囲"],
                    ["区分", "範囲", "備考"],
                    ["搬入", "B1荷捌き場→非常用EV（2号機）→8F", "EVは養生のうえ専用運転"],
                    ["養生", "8Fエレベーターホール〜東側執務室", "床・壁とも"],
                    ["屋上", "室外機置場（クレーン不使用）", "荷揚げは階段"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "工程表XLSX（複数シート・タイトル行）。立会者2名は社用携帯の業務連絡先。",
    },
    {
        "id": "tenantbill-043",
        "charset": "utf-8",
        "sender": DOUMEKI,
        "to": [ARCTECH],
        "subject": "RE: 入館カード発行依頼（開発部 6名）",
        "body": f"""千明様

お世話になっております。日の出産業の百目鬼です。

ご依頼の6名様のうち、5名様分は発行が完了しております。
残る栃内様につきましては、券面用の顔写真データがまだ届いていないようですので、
お手数ですが再送いただけますでしょうか（JPEG、縦横比 4:3）。

{S_DOUMEKI}

差出人: 千明 久美 <chigira.kumi@arctech.co.jp>
送信日時: 2026年11月11日 水曜日 10:03
宛先: 百目鬼 彩 <doumeki.aya@hinode-sangyo.co.jp>
件名: 入館カード発行依頼（開発部 6名）

日の出産業 百目鬼様

お世話になっております。アークテックの千明です。
開発部の増員に伴い、入館カードの発行をお願いいたします。

氏名, フリガナ, 社員番号, 携帯
鵜飼 直人, ウカイ ナオト, A-20611, 090-6641-3027
新井田 陽介, ニイダ ヨウスケ, A-21002, 080-3318-2291
栃内 美咲, トチナイ ミサキ, A-21003, 070-2254-8816
蓬田 稔, ヨモギダ ミノル, A-21004, 090-1187-6605
Rachel Tanaka, レイチェル タナカ, A-21005, 080-9931-4472
阿武 誠, アンノ マコト, A-21006, 090-7720-3348

よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "6名の一覧は先方メールの引用（差出人/送信日時の下）で、返信先が既に持つ情報。",
    },
    {
        "id": "tenantbill-044",
        "charset": "utf-8",
        "sender": SUGIURA,
        "to": [NORDLYS_HA],
        "subject": "CONFIDENTIAL: proposed renewal terms for 4F-B",
        "body": f"""CONFIDENTIAL - FOR THE ADDRESSEE ONLY

Dear Mr. Aas,

Following our meeting on 18 November, please find below the terms we can offer for the
renewal of your sublease of 4F-B (current term ends 31 March 2027):

  - Term: 3 years (1 April 2027 - 31 March 2030)
  - Rent: JPY 14,200 per tsubo per month (currently JPY 13,800)
  - Common area charge: JPY 3,400 per tsubo per month
  - Rent-free period: 1 month, if signed by 31 January 2027

These terms have not been offered to other tenants; we would appreciate it if you kept
them between us until the renewal is signed.

{S_SUGIURA_EN}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "件名と本文冒頭に CONFIDENTIAL の分類表示がある英文メールを社外へ。",
    },
    {
        "id": "tenantbill-045",
        "charset": "utf-8",
        "sender": HASUMI,
        "to": [NORDLYS_IS],
        "subject": "Lobby renovation: temporary entrance from 7 December",
        "body": f"""Dear Ingrid,

A short notice about the lobby renovation.

From Monday 7 December to Friday 18 December the main entrance on the 1F will be closed.
Please use the side entrance next to the café during that period. The security gates
there accept the same access cards; visitors should call your reception from the
intercom at the side entrance, as the 1F reception desk will be unmanned.

Deliveries will be received at the B1 loading bay as usual.

We apologise for the inconvenience.

{S_HASUMI_EN}

{DISC_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "英文の工事案内。末尾の標準免責文のみ。",
    },
    {
        "id": "tenantbill-046",
        "charset": "shift_jis",
        "sender": HASUMI,
        "to": [MBS_URUSHI],
        "subject": "新規テナント（4F-C 合同会社ソラリス様）緊急連絡先のご連絡",
        "body": f"""みなとビルサービス 漆原様

お世話になっております。日の出産業の蓮見です。

12月1日から4F-C（小区画）に入居される合同会社ソラリス様の緊急連絡先をお知らせします。
少人数の会社のため、夜間・休日の連絡先は代表の方お一人とのことです。

　会社名　　：合同会社ソラリス
　代表社員　：宇賀神 翔（ウガジン ショウ）様
　携帯　　　：０８０－３９２７－６６１４
　自宅　　　：０４５－５７１－２３０８

防災センターの緊急連絡先台帳への追加をお願いいたします。

{S_HASUMI}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "1名分の緊急連絡先（全角数字）。1名の記録なので警告どまり。",
    },
    {
        "id": "tenantbill-047",
        "charset": "iso-2022-jp",
        "sender": SOUTOME,
        "to": [MBS_URUSHI],
        "subject": "10月分 設備点検結果の修正版",
        "body": f"""漆原様

お世話になっております。五月女です。
先日いただいた10月分の設備点検結果に、当社側の対応状況を追記しました。
修正版をお送りしますので、月次報告書への反映をお願いします。

{S_SOUTOME}
""",
        "attachments": [{"kind": "corrupt", "name": "10月_設備点検結果_追記.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "破損したXLSX添付。読み取れない添付は停止。",
    },
    {
        "id": "tenantbill-048",
        "charset": "iso-2022-jp",
        "sender": DOUMEKI,
        "to": [HOKUTO],
        "subject": "入館カード3枚の発送について（追跡番号のお知らせ）",
        "body": f"""税理士法人北斗
舘野様

お世話になっております。日の出産業の百目鬼です。

ご依頼いただいた入館カード3枚を、本日宅配便にて貴事務所の本店（新宿）宛てに発送しました。

　配送業者：青葉運輸（宅配便）
　お問い合わせ番号：4418-2207-6631
　お届け予定：11月13日（金）午前中

芝浦の事務所に常駐されない方の分と伺いましたので、カードの有効期限を
2027年3月31日に設定しております。

{S_DOUMEKI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "発送連絡と追跡番号のみ。",
    },
    {
        "id": "tenantbill-049",
        "charset": "utf-8",
        "sender": SOUTOME,
        "to": [TOWA, KAWADEN, TSUBASA],
        "subject": "8F改修工事 工程調整会議のご案内（12/2）",
        "body": f"""関係各社 ご担当者様

お世話になっております。日の出産業 施設管理課の五月女です。

1月に予定している8F改修工事（空調・電気・ネットワーク）について、
工程の調整会議を下記のとおり開催いたします。

　日時：12月2日（水）15:00〜16:30
　場所：芝浦スクエアビル 8F 会議室C
　議題：各社の作業日程・作業エリアの重複確認、停電・断線時間帯の調整

事前に各社の工程表（案）をお送りいただけますと助かります。

{S_SOUTOME}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "社外3組織（空調・電気・ネットワーク業者）を To に並べて送信。",
    },
    {
        "id": "tenantbill-050",
        "charset": "iso-2022-jp",
        "sender": SOUTOME,
        "to": [KAWADEN],
        "cc": [TSUBASA],
        "subject": "5F 電源・LAN配線ルートの取り合いについて",
        "body": f"""川崎電機 甲斐様
（cc：ツバサシステム 鷹取様）

お世話になっております。五月女です。

5F改修で、OAフロア内の電源ケーブルとLANケーブルのルートが一部重なるため、
両社で取り合いを確認いただきたく、ご連絡しました。

　・東側 島No.3〜No.6：電源を先行敷設、LANはその後（1/17）
　・西側サーバーラック周り：LAN先行（1/16）、電源は1/17
　・セパレーターの設置は川崎電機さんでお願いします

図面は先日お送りしたものから変更ありません。

{S_SOUTOME}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "社外2組織（To と Cc）の通常の工事調整。",
    },
]

# ---------------------------------------------------------------- 051–075
MESSAGES += [
    {
        "id": "tenantbill-051",
        "charset": "iso-2022-jp",
        "sender": SUGIURA,
        "to": [TAKANASHI],
        "cc": [KITO],
        "subject": "【社外秘】来期 転貸賃料改定方針（案）",
        "body": f"""小鳥遊部長
（cc：経理部 鬼頭さん）

お疲れさまです。杉浦です。

【社外秘】
来期のテナント向け転貸賃料の改定方針（案）をまとめました。
芝浦興産様との原賃料交渉の結果を反映する前の段階ですので、取扱いにご注意ください。

１．基本方針
　・原賃料の上昇分（+2.0%想定）を、テナント賃料に +3.5% 転嫁
　・Nordlys様（4F-B）は長期入居のため +2.9% にとどめる
２．共益費
　・全テナント一律で坪3,400円に改定
３．交渉の優先順位
　・錦印刷様 → ルミナデザイン様 → 税理士法人北斗様 の順で打診

12月の部内会議で方針を確定させたいと思います。

{S_SUGIURA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "【社外秘】表示の文書だが、宛先はすべて社内。",
    },
    {
        "id": "tenantbill-052",
        "charset": "shift_jis",
        "sender": HASUMI,
        "to": [PARKING],
        "subject": "駐車場利用申請（2F ルミナデザイン様 社員 1名）",
        "body": f"""芝浦パーキング管理 駒形様

お世話になっております。日の出産業の蓮見です。

2Fテナントのルミナデザイン様から、来客用区画（B1-12）の月極利用申請がありました。
申請書の内容を転記いたします。

　氏名　　　　：犬養 真之介（イヌカイ シンノスケ）
　携帯　　　　：０９０－４４８３－１２７６
　運転免許証番号：第３０２１１５４７８８２０号
　車両　　　　：トヨタ アルファード　品川 ３００ そ ５５－１８
　利用開始　　：１２月１日

免許証の写しは郵送でお送りします。審査をお願いいたします。

{S_HASUMI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "運転免許証番号（全角12桁）を社外へ。身分証番号は1件でも停止。",
    },
    {
        "id": "tenantbill-053",
        "charset": "utf-8",
        "sender": SUGIURA,
        "to": [MIRAI],
        "subject": "芝浦スクエアビル 周辺施設のご案内",
        "body": f"""株式会社ミライバイオ
総務部 蔀様

お世話になっております。日の出産業の杉浦です。

先日の内覧の際にご質問いただいた、周辺の駐車場・宿泊施設などの一覧をお送りします。
出張者の方の宿泊には、徒歩5分のさくらホテル芝浦が便利です（当社でも法人契約があります）。

{S_SUGIURA}
""",
        "attachments": [{
            "kind": "csv",
            "name": "周辺施設一覧.csv",
            "encoding": "utf-8",
            "rows": [
                ["種別", "名称", "住所", "電話", "ビルからの距離", "備考"],
                ["ホテル", "さくらホテル芝浦", "東京都港区芝浦3-9-2", "03-5442-2011", "徒歩5分", "法人料金あり"],
                ["ホテル", "ベイサイドイン田町", "東京都港区芝5-31-8", "03-3455-6620", "徒歩8分", ""],
                ["駐車場", "芝浦パーキング（時間貸）", "東京都港区芝浦3-15-1", "03-5442-0988", "隣接", "24時間"],
                ["郵便局", "芝浦三郵便局", "東京都港区芝浦3-12-4", "03-3451-2250", "徒歩3分", "ゆうゆう窓口なし"],
                ["コンビニ", "ファミリーストア芝浦3丁目店", "東京都港区芝浦3-13-1", "03-5442-3366", "徒歩1分", ""],
                ["クリニック", "芝浦内科クリニック", "東京都港区芝浦3-8-11", "03-5442-7121", "徒歩4分", "産業医契約先"],
                ["銀行", "みどり銀行 芝浦支店", "東京都港区芝浦3-5-1", "03-3455-1101", "徒歩6分", "ATMあり"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ホテル・駐車場・郵便局など事業所の一覧（UTF-8 CSV）。人の情報ではない。",
    },
    {
        "id": "tenantbill-054",
        "charset": "utf-8",
        "sender": SUGIURA,
        "to": [MBS_SHOJI],
        "subject": "1F多目的室の礼拝利用について（4F-B Nordlys様）",
        "body": f"""みなとビルサービス 東海林様

お世話になっております。日の出産業の杉浦です。

4F-BのNordlys Japan様から、社員の モハメド・ラフィーク（Mohammed Rafiq）様が
イスラム教徒で、1日数回のお祈りの時間が必要なため、1F多目的室を
礼拝に使わせてほしいとのご相談がありました。

　利用者：モハメド・ラフィーク様（Nordlys Japan 技術部）
　時間帯：平日 12:00〜12:20、15:30〜15:45 頃
　お願い：多目的室の予約表に「礼拝（ラフィーク様）」として固定枠を確保

金曜の正午は少し長めになるとのことです。
防災センターでの鍵の貸出対応をお願いできますでしょうか。

{S_SUGIURA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "特定個人の信仰（宗教＝要配慮個人情報）を社外の管理会社へ。",
    },
    {
        "id": "tenantbill-055",
        "charset": "utf-8",
        "sender": SUGIURA,
        "to": [MBS_SHOJI],
        "subject": "1F多目的室の利用規程改定（礼拝・授乳・休養での利用）",
        "body": f"""みなとビルサービス 東海林様

お世話になっております。杉浦です。

テナント様から多目的室の使い方について複数のご要望をいただいたため、
利用規程を以下のとおり改定したいと考えています。

・会議利用がない時間帯は、礼拝・授乳・体調不良時の休養に使えるようにする
・上記の利用は予約不要、防災センターで鍵を借りる方式とする
・利用目的は記録しない（貸出簿には時刻とテナント名のみ記入）
・パーテーションを1枚追加し、入口からの目隠しとする

改定案は来週のテナント連絡会で説明する予定です。
パーテーションの手配をお願いできますでしょうか。

{S_SUGIURA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "利用規程の一般論。特定個人と結びつく要配慮情報はない。",
    },
    {
        "id": "tenantbill-056",
        "charset": "iso-2022-jp",
        "sender": SOUTOME,
        "to": [DAITO],
        "subject": "消防用設備等点検結果報告書（後期）の確認",
        "body": f"""大東防災設備 栗林様

お世話になっております。五月女です。

後期点検の結果報告書（案）を確認しました。当社側で把握している
不良箇所の是正状況を追記したPDFをお返しします。
消防署への提出は、これで進めていただいて問題ありません。

{S_SOUTOME}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "消防用設備等点検結果_後期_是正状況追記.pdf",
            "title": "消防用設備等点検結果報告書（後期）",
            "lines": ["消防用設備等点検結果報告書（後期） 芝浦スクエアビル",
                      "点検日：2026年10月24日（土）・31日（土）", ""],
            "table": [
                ["設備", "点検結果", "不良箇所", "是正状況"],
                ["自動火災報知設備", "一部不良", "4F-A 感知器1個", "11/7 交換済"],
                ["誘導灯", "一部不良", "B1 階段 バッテリー", "11/7 交換済"],
                ["消火器", "良", "-", "-"],
                ["屋内消火栓設備", "良", "-", "-"],
                ["スプリンクラー設備", "一部不良", "1F店舗 ヘッド塗装", "12月 交換予定"],
                ["避難器具", "良", "-", "-"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "設備の点検結果PDF。人の情報なし。",
    },
    {
        "id": "tenantbill-057",
        "charset": "utf-8",
        "sender": SUGIURA,
        "to": [MBS_SHOJI],
        "subject": "自衛消防隊 編成表（連絡先入り）の送付",
        "body": f"""みなとビルサービス 東海林様

お世話になっております。杉浦です。
2026年度の自衛消防隊の編成表を添付します。夜間・休日に火災受信機が発報した場合、
防災センターから各班長へ直接連絡いただけるよう、連絡先を入れています。

{S_SUGIURA}
""",
        "attachments": [{
            "kind": "docx",
            "name": "自衛消防隊編成表_2026.docx",
            "title": "自衛消防隊 編成表",
            "paragraphs": ["芝浦スクエアビル 自衛消防隊 編成表（2026年度）",
                           "統括管理者：日の出産業株式会社 総務部長"],
            "tables": [[
                ["班", "氏名", "所属", "携帯", "緊急連絡先（家族）"],
                ["隊長", "杉浦 拓也", "日の出産業", "080-4417-2093", "妻 045-913-2268"],
                ["通報連絡", "百目鬼 彩", "日の出産業", "070-3120-8857", "母 048-861-2490"],
                ["初期消火", "五月女 健", "日の出産業", "080-4417-2107", "妻 03-3794-5530"],
                ["初期消火", "雲母 俊介", "錦印刷", "090-1182-7765", "妻 03-3761-0452"],
                ["避難誘導", "八木橋 めぐみ", "ルミナデザイン", "080-7753-1920", "夫 044-522-8713"],
                ["避難誘導", "千明 久美", "アークテック", "080-2247-5539", "夫 042-338-1907"],
                ["救護", "舘野 隆", "税理士法人北斗", "090-4438-2016", "妻 048-224-6630"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "7名の携帯・家族の緊急連絡先を載せたDOCX表を社外へ。",
    },
    {
        "id": "tenantbill-058",
        "charset": "shift_jis",
        "sender": KITO,
        "to": [OWNER],
        "subject": "転貸収支報告（2026年度上期）の送付",
        "body": f"""芝浦興産株式会社
資産管理部 武者小路様

いつもお世話になっております。日の出産業 経理部の鬼頭です。

原賃貸借契約 第9条に基づき、2026年度上期（4月〜9月）の転貸収支報告をお送りします。
テナント別の明細は2枚目のシートにございます。

{S_KITO}

{DISC_JA}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "転貸収支報告_2026上期.xlsx",
            "sheets": {
                "表紙": [["芝浦スクエアビル 転貸収支報告書"], ["対象期間：2026年4月〜9月"],
                         ["報告者：日の出産業株式会社 経理部"]],
                "テナント別": [
                    ["テナント別 賃料・共益費収入（税抜・円）"],
                    ["区画", "テナント", "面積(坪)", "賃料(6か月)", "共益費(6か月)", "未収"],
                    ["1F", "有限会社ソレイユ", 31.2, 3_369_600, 580_320, 0],
                    ["2F-A", "株式会社ルミナデザイン", 52.8, 4_435_200, 982_080, 0],
                    ["2F-B", "株式会社ベルテック", 42.6, 3_577_800, 792_360, 0],
                    ["3F-A", "税理士法人北斗", 68.4, 5_745_600, 1_272_240, 0],
                    ["3F-B", "錦印刷株式会社", 40.1, 3_368_400, 745_860, 0],
                    ["4F-A", "株式会社アークテック", 61.0, 5_124_000, 1_134_600, 0],
                    ["4F-B", "Nordlys Japan K.K.", 48.5, 4_015_800, 902_100, 0],
                ],
                "月次": [
                    ["月次収支（千円）"],
                    ["月", "転貸収入", "原賃料", "差額"],
                    ["4月", 6102, 11480, -5378], ["5月", 6102, 11480, -5378],
                    ["6月", 6102, 11480, -5378], ["7月", 6102, 11480, -5378],
                    ["8月", 6102, 11480, -5378], ["9月", 6102, 11480, -5378],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "テナント企業別の収支（事業者の一覧）。個人データなし。",
    },
    {
        "id": "tenantbill-059",
        "charset": "iso-2022-jp",
        "sender": KITO,
        "to": ["相馬 <soma.k@midori-ginko.jp>"],
        "subject": "総合振込の予約内容のご確認（11月30日実行分）",
        "body": f"""みどり銀行 芝浦支店
法人営業課 相馬様

いつもお世話になっております。日の出産業 経理部の鬼頭です。

11月30日（月）実行予定の総合振込（原賃料・管理委託費ほか 14件）について、
予約データを送信いたしました。合計金額は 16,842,300円 です。

受付状況をご確認のうえ、問題がなければご一報いただけますでしょうか。

{S_KITO}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginko.jp はパートナー midori-ginko.co.jp から co. を落とした似せドメイン。",
    },
    {
        "id": "tenantbill-060",
        "charset": "iso-2022-jp",
        "sender": KITO,
        "to": [MIDORI],
        "subject": "口座振替依頼書（テナント4社分）の回付について",
        "body": f"""みどり銀行 芝浦支店
法人営業課 相馬様

いつもお世話になっております。日の出産業 経理部の鬼頭です。

1月分からテナント賃料を口座振替に切り替える4社分の依頼書がそろいましたので、
本日、原本を書留で発送しました。振替口座は以下のとおりです（いずれも法人名義）。

　株式会社ルミナデザイン　　みどり銀行 田町支店　普通 4418207
　税理士法人北斗　　　　　　あおい信用金庫 新宿支店　当座 0021356
　株式会社アークテック　　　みどり銀行 芝浦支店　普通 5530914
　有限会社ソレイユ　　　　　ひまわり銀行 三田支店　普通 1187733

書留番号：3341-2206-5518
振替開始は1月27日を予定しております。

{S_KITO}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "テナント企業の法人口座（会社の口座）の一覧。個人の口座ではない。",
    },
    {
        "id": "tenantbill-061",
        "charset": "utf-8",
        "sender": SOUTOME,
        "to": [KAWADEN],
        "subject": "5F改修 図面・分電盤一覧（ZIP）",
        "body": f"""川崎電機 甲斐様

お世話になっております。五月女です。
現地調査でご依頼のあった資料をZIPにまとめてお送りします（パスワードなし）。

・5F平面図（PDF）
・分電盤一覧（Excel、回路ごとの負荷を記載）

{S_SOUTOME}
""",
        "attachments": [{
            "kind": "zip",
            "name": "5F改修_資料.zip",
            "files": [
                {"kind": "pdf", "name": "5F平面図.pdf", "title": "5F平面図",
                 "lines": ["芝浦スクエアビル 5F 平面図（既設）", "縮尺 1/200", "東側執務室 / 西側会議室 / EVホール"]},
                {"kind": "xlsx", "name": "分電盤一覧.xlsx",
                 "sheets": {"5F-東": [["盤名", "回路", "用途", "負荷(A)"], ["L-5E", "1", "照明", 12],
                                      ["L-5E", "2", "OAコンセント", 18], ["L-5E", "3", "OAコンセント", 16]],
                            "5F-西": [["盤名", "回路", "用途", "負荷(A)"], ["L-5W", "1", "照明", 10],
                                      ["L-5W", "2", "サーバーラック", 24]]}},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "パスワードなしZIP（図面・盤一覧）。読み取り可能で個人データなし。",
    },
    {
        "id": "tenantbill-062",
        "charset": "utf-8",
        "sender": DOUMEKI,
        "to": [SECURE],
        "subject": "入館カード一括登録データ（テナント増員分）",
        "body": f"""セキュアゲート株式会社
鰐部様

お世話になっております。日の出産業の百目鬼です。
テナント増員分の入館カード一括登録データをZIPでお送りします。
ゲートシステムへの取込みをお願いいたします。

{S_DOUMEKI}
""",
        "attachments": [{
            "kind": "zip",
            "name": "入館カード一括登録_202611.zip",
            "files": [{
                "kind": "csv",
                "name": "card_import_202611.csv",
                "encoding": "utf-8",
                "rows": [
                    ["card_id", "氏名", "romaji", "テナント", "email", "携帯"],
                    ["SQ-40220", "新井田 陽介", "NIIDA Yosuke", "アークテック", "y.niida@arctech.co.jp", "080-3318-2291"],
                    ["SQ-40221", "栃内 美咲", "TOCHINAI Misaki", "アークテック", "m.tochinai@arctech.co.jp", "070-2254-8816"],
                    ["SQ-40222", "蓬田 稔", "YOMOGIDA Minoru", "アークテック", "m.yomogida@arctech.co.jp", "090-1187-6605"],
                    ["SQ-40223", "阿武 誠", "ANNO Makoto", "アークテック", "m.anno@arctech.co.jp", "090-7720-3348"],
                    ["SQ-40224", "丹下 彩花", "TANGE Ayaka", "ルミナデザイン", "tange@lumina-design.co.jp", "080-5512-0937"],
                    ["SQ-40225", "真柴 光", "MASHIBA Hikaru", "ルミナデザイン", "mashiba@lumina-design.co.jp", "090-3307-4418"],
                    ["SQ-40226", "Lars Eide", "EIDE Lars", "Nordlys Japan", "lars.eide@nordlys.com", "070-9921-3364"],
                    ["SQ-40227", "霧島 怜", "KIRISHIMA Rei", "税理士法人北斗", "kirishima@hokuto-tax.jp", "080-6613-2209"],
                    ["SQ-40228", "鍋島 翔太", "NABESHIMA Shota", "税理士法人北斗", "nabeshima@hokuto-tax.jp", "090-2248-7716"],
                    ["SQ-40229", "乾 ゆかり", "INUI Yukari", "錦印刷", "y.inui@nishiki-insatsu.co.jp", "080-4430-1185"],
                    ["SQ-40230", "東雲 拓海", "SHINONOME Takumi", "錦印刷", "t.shinonome@nishiki-insatsu.co.jp", "070-3318-5520"],
                    ["SQ-40231", "日下部 遥", "KUSAKABE Haruka", "ソレイユ", "haruka.k1998@gmail.com", "090-6627-3391"],
                    ["SQ-40232", "Pham Thi Lan", "PHAM Thi Lan", "ソレイユ", "pham.lan.jp@gmail.com", "080-2281-6645"],
                    ["SQ-40233", "宇賀神 翔", "UGAJIN Sho", "ソラリス", "ugajin@solaris-llc.jp", "080-3927-6614"],
                    ["SQ-40234", "宇賀神 奈央", "UGAJIN Nao", "ソラリス", "nao@solaris-llc.jp", "080-3927-6615"],
                ],
            }],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ZIP内CSVに15名の氏名・メール・携帯。社外のカードシステム業者へ。",
    },
    {
        "id": "tenantbill-063",
        "charset": "shift_jis",
        "sender": DOUMEKI,
        "to": [SECURE],
        "subject": "Re: 紛失カードの無効化・再発行について",
        "body": f"""鰐部様

お世話になっております。百目鬼です。
ご連絡ありがとうございます。再発行は下記2名分でお願いします。

　栃折 里穂（日の出産業 営業二部）旧カード SQ-31877　紛失日 11/16
　霧島 怜（税理士法人北斗）　　　　旧カード SQ-40227　紛失日 11/18

旧カードはいずれも無効化済みであることを、こちらの管理画面でも確認しました。

{S_DOUMEKI}

> 日の出産業 百目鬼様
>
> セキュアゲートの鰐部です。
> 紛失届のあったカード2枚について、11/18 17:00 にゲート側の無効化を完了しました。
> 再発行は、対象者のお名前と旧カード番号をお知らせいただければ翌営業日に発送します。
> 再発行手数料は1枚3,300円（税込）です。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "2名の氏名・カード番号・紛失日。少人数で保留対象外（警告はあり得る）。",
    },
    {
        "id": "tenantbill-064",
        "charset": "iso-2022-jp",
        "sender": SUGIURA,
        "to": [LUMINA],
        "subject": "転送：外壁タイル調査（ドローン撮影）のお知らせ",
        "body": f"""ルミナデザイン 八木橋様

お世話になっております。杉浦です。
家主の芝浦興産様から、外壁調査についての案内が届きましたので転送いたします。
2F西側の窓の外をドローンが飛行しますので、当日はブラインドを下ろしていただくよう
社内へのご周知をお願いできますでしょうか。

{S_SUGIURA}
""",
        "attachments": [{
            "kind": "eml",
            "name": "外壁タイル調査のお知らせ.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": OWNER,
                "to": [SUGIURA],
                "subject": "外壁タイル調査（ドローン撮影）の実施について",
                "body": """日の出産業株式会社
杉浦様

いつもお世話になっております。芝浦興産の武者小路です。

大規模修繕協議会で決定した外壁タイル調査を、下記のとおり実施します。

　日時：2027年2月13日（土）・14日（日）9:00〜16:00
　方法：赤外線カメラ搭載ドローンによる撮影および打診調査（西面のみゴンドラ使用）
　実施会社：株式会社スカイインスペクト

撮影は外壁面を対象とし、室内は写さないよう配慮いたしますが、
念のためテナント様へブラインドを下ろしていただくようご案内ください。

芝浦興産株式会社 資産管理部 武者小路 亮
TEL 03-3452-8811
""",
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "家主の案内メール（eml添付）をテナントへ転送。内容は業務連絡のみ。",
    },
    {
        "id": "tenantbill-065",
        "charset": "iso-2022-jp",
        "sender": MINAI,
        "to": [HOKUTO],
        "subject": "3F-A区画 転貸借契約の更新について",
        "body": f"""税理士法人北斗
事務長 舘野 隆 様

平素より大変お世話になっております。
日の出産業株式会社 総務部 法務グループの薬袋でございます。

貴法人と締結しております3F-A区画の転貸借契約について、
契約期間が令和９年３月３１日をもって満了となりますので、
更新のご意向を伺いたくご連絡いたしました。

　現契約期間　：令和６年４月１日〜令和９年３月３１日
　更新後期間　：令和９年４月１日〜令和１２年３月３１日（３年間）
　更新料　　　：新賃料の１か月分
　ご回答期限　：令和８年１２月２５日（金）

更新される場合は、更新契約書を１月中旬にお送りいたします。
何卒よろしくお願い申し上げます。

{S_MINAI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "和暦日付の契約更新案内。個人データなし。",
    },
    {
        "id": "tenantbill-066",
        "charset": "utf-8",
        "sender": HASUMI,
        "to": ["今給黎 <imakiire@enishi-sr.jp>"],
        "subject": "ビル常駐設備員（嘱託）採用に伴う社会保険の資格取得手続きのお願い",
        "body": f"""えにし社会保険労務士事務所
今給黎先生

いつもお世話になっております。日の出産業 施設管理課の蓮見です。

12月1日付で、芝浦スクエアビルの常駐設備員として下記の方を嘱託で採用しました。
健康保険・厚生年金の資格取得届の作成をお願いいたします。

　氏名　　　　　：手塚 義晴（テヅカ ヨシハル）
　生年月日　　　：昭和３７年９月２４日
　住所　　　　　：東京都大田区東糀谷4-18-3 コーポ糀谷201
　基礎年金番号　：1106-482937
　個人番号　　　：{mn(1)}
　雇用条件　　　：週4日・1日7.5時間、月額 248,000円

前職の雇用保険被保険者証の写しは、郵送でお送りします。

{S_HASUMI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER",
                     "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "基礎年金番号とマイナンバーを社外の社労士へ本文で送付。",
    },
    {
        "id": "tenantbill-067",
        "charset": "shift_jis",
        "sender": SOUTOME,
        "to": [MBS_URUSHI],
        "subject": "11月 夜間巡回で気付いた点（共用部）",
        "body": f"""漆原様

お世話になっております。五月女です。
11月の当社による夜間巡回で気付いた点をまとめました。対応をお願いします。

No.  場所                    内容                                 優先度
---  ----------------------  -----------------------------------  ------
1    B1 荷捌き場             照明1灯 不点灯                        中
2    3F 男子トイレ           小便器の自動洗浄センサー反応なし      高
3    屋上 出入口             扉のドアクローザー 油漏れ             中
4    1F 通用口               インターホンのボタン 破損             高
5    階段室（東）6F〜7F       誘導灯 表示面の汚れ                   低

No.2 と No.4 は早めにご対応いただけると助かります。

{S_SOUTOME}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "共用部の不具合一覧（空白揃え）。人の情報なし。",
    },
    {
        "id": "tenantbill-068",
        "charset": "utf-8",
        "sender": SUGIURA,
        "to": [OWNER],
        "cc": ["あおぞら損害保険 企業営業部 佐伯 <saeki@aozora-sonpo.co.jp>"],
        "subject": "【事故報告】8F空調更新工事中の作業員負傷について",
        "body": f"""芝浦興産株式会社 武者小路様
あおぞら損害保険株式会社 佐伯様

お世話になっております。日の出産業の杉浦です。
1月10日（日）の8F空調更新工事中に発生した事故について、第一報をお送りします。

　発生日時：2027年1月10日（日）14:20頃
　発生場所：芝浦スクエアビル 屋上 室外機置場
　被災者　：東和空調サービス株式会社 作業員 比嘉 健太 様（34歳）
　状況　　：室外機の荷揚げ中、階段で足を踏み外して転倒
　負傷程度：救急搬送先の芝浦中央病院で「右足関節骨折」と診断、全治約6週間（入院なし）

建物側の設備（階段・手すり）に不具合はなかったことを確認しております。
工事保険の適用については、東和空調サービス様と協議のうえ改めてご報告いたします。

{S_SUGIURA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "氏名を特定した作業員の負傷・診断内容（要配慮個人情報）を社外2組織へ。",
    },
    {
        "id": "tenantbill-069",
        "charset": "utf-8",
        "sender": SOUTOME,
        "to": [OWNER],
        "subject": "ヒヤリハット報告（屋上階段での荷揚げ作業）",
        "body": f"""芝浦興産 武者小路様

お世話になっております。五月女です。

先日の8F空調更新工事の際、屋上への階段で機材を荷揚げ中に
作業員の方が足を滑らせかける事例がありました（けが人なし）。

再発防止として、以下を検討しています。
　・屋上階段の段鼻に滑り止めテープを追加
　・重量物の荷揚げは2人以上で行うことを工事ルールに明記
　・荷揚げ時間帯は階段を一時通行止めとする

滑り止めテープの施工は建物共用部にあたりますので、ご承認をいただけますでしょうか。

{S_SOUTOME}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "個人を特定しないヒヤリハット報告。",
    },
    {
        "id": "tenantbill-070",
        "charset": "iso-2022-jp",
        "sender": SUGIURA,
        "to": [DAITO],
        "cc": [LUMINA, ARCTECH, SOLEIL],
        "subject": "総合防災訓練シナリオ（案）のご確認",
        "body": f"""大東防災設備 栗林様
（cc：ルミナデザイン様、アークテック様、ソレイユ様）

お世話になっております。日の出産業の杉浦です。

12月10日（木）の総合防災訓練のシナリオ案を作成しました。
今回、出火想定階の2F・4Fと、1F店舗のテナント様にも確認をお願いしたく、
ccに入れさせていただいております。

　10:00　4F-A給湯室より出火想定、自動火災報知設備 発報
　10:02　防災センターより非常放送
　10:05　各階避難誘導開始（1F店舗は屋外へ直接避難）
　10:20　避難完了・人員確認（芝浦公園）
　10:30　消火器・消火栓の取扱訓練

ご意見は12月4日（金）までにお寄せください。

{S_SUGIURA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "To/Cc に社外4組織（防災業者とテナント3社）が並び互いに見える。",
    },
    {
        "id": "tenantbill-071",
        "charset": "utf-8",
        "sender": HASUMI,
        "to": [LUMINA],
        "subject": "時間外空調・会議室の料金表（2027年1月改定）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>株式会社ルミナデザイン<br>八木橋様</p>
<p>お世話になっております。日の出産業の蓮見です。<br>
ご依頼いただいた2027年1月からの料金表をお送りします。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<thead><tr style="background:#dde"><th>項目</th><th>単位</th><th>現行</th><th>2027年1月〜</th></tr></thead>
<tbody>
<tr><td>時間外空調（2F-A）</td><td>1時間</td><td>500円</td><td>620円</td></tr>
<tr><td>共用廊下 時間外照明</td><td>1時間</td><td>150円</td><td>150円</td></tr>
<tr><td>1F多目的室</td><td>1時間</td><td>2,200円</td><td>2,500円</td></tr>
<tr><td>8F会議室C（テナント貸出）</td><td>1時間</td><td>3,000円</td><td>3,300円</td></tr>
<tr><td>入館カード追加発行</td><td>1枚</td><td>1,500円</td><td>1,650円</td></tr>
<tr><td>紛失カード再発行</td><td>1枚</td><td>3,000円</td><td>3,300円</td></tr>
</tbody></table>
<p>※いずれも税別。時間外空調は当日15時までにテナントポータルからお申し込みください。</p>
<p>--<br>日の出産業株式会社 総務部 施設管理課 蓮見 由佳<br>TEL 03-5442-3180（内線4125）</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTMLのみの料金表。",
    },
    {
        "id": "tenantbill-072",
        "charset": "shift_jis",
        "sender": HASUMI,
        "to": [KEIBI],
        "subject": "夜間入館者のご連絡（11/27 3F-A 税理士法人北斗様）",
        "body": f"""日本セントラル警備 御手洗様

お世話になっております。日の出産業の蓮見です。
月末の決算作業のため、3F-Aの税理士法人北斗様から夜間入館の申請がありました。
（テナント様の申請書から転記しています）

氏名,テナント,携帯,入館予定,退館予定
舘野 隆,税理士法人北斗,090-4438-2016,11/27 20:00,11/28 02:00
霧島 怜,税理士法人北斗,080-6613-2209,11/27 20:00,11/28 02:00
鍋島 翔太,税理士法人北斗,090-2248-7716,11/27 20:00,11/27 23:30

機械警備の解除・再セットは舘野様が行います。

{S_HASUMI}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "カンマ区切りで3名の氏名・携帯。5名未満なので警告どまり。",
    },
    {
        "id": "tenantbill-073",
        "charset": "iso-2022-jp",
        "sender": SOUTOME,
        "to": ["甲斐 剛 <kai.tsuyoshi@kawasaki-denki-co.jp>"],
        "subject": "注文書の送付（5F電気設備改修工事）",
        "body": f"""川崎電機株式会社
工事部 甲斐様

お世話になっております。日の出産業の五月女です。

5F電気設備改修工事について、社内決裁が下りましたので注文書をお送りします。

　注文番号：HS-PO-26-1187
　工事名称：芝浦スクエアビル 5F電気設備改修工事
　金額　　：8,470,000円（税込）
　工期　　：2027年1月16日〜2月28日

注文請書を郵送にてご返送いただけますようお願いいたします。

{S_SOUTOME}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denki-co.jp はパートナー kawasaki-denki.co.jp の「.」をハイフンにした似せドメイン。",
    },
    {
        "id": "tenantbill-074",
        "charset": "utf-8",
        "sender": DOUMEKI,
        "to": [AIMONO],
        "subject": "入館カード台帳（全件）の送付：ゲート連携システム移行用",
        "body": f"""四十物さん

お疲れさまです。百目鬼です。
ゲート連携システム移行用に、入館カード台帳の全件をExcelでお送りします。
社内共有フォルダにも同じものを置いています。移行後は削除をお願いします。

{S_DOUMEKI}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "入館カード台帳_全件_20261120.xlsx",
            "sheets": {
                "台帳": [["入館カード台帳（2026/11/20時点）"],
                         ["カードID", "氏名", "区分", "所属", "内線", "発行日", "状態"]]
                + [[f"SQ-{31800 + i}", n, "社員", d, f"4{200 + i}", "2024/04/01", "有効"]
                   for i, (n, d) in enumerate([
                       ("小鳥遊 誠", "総務部"), ("杉浦 拓也", "施設管理課"), ("五月女 健", "施設管理課"),
                       ("蓮見 由佳", "施設管理課"), ("百目鬼 彩", "総務課"), ("鬼頭 真理子", "経理部"),
                       ("四十物 聡", "情報システム部"), ("薬袋 美咲", "法務G"), ("伊集院 玲奈", "営業二部"),
                       ("六車 大地", "経理部"), ("栗花落 しおり", "情報システム部"), ("保科 航", "総務部"),
                       ("道祖土 恵", "営業一部"), ("Lee Ji-hoon", "海外事業部"), ("小此木 亮太", "施設管理課"),
                       ("嘉数 ひなた", "施設管理課"), ("御厨 正臣", "施設管理課"), ("巴 真琴", "施設管理課"),
                       ("浅葱 ひかり", "営業一部"), ("栃折 里穂", "営業二部"), ("朝日奈 陸", "海外事業部"),
                       ("雑賀 亮介", "営業一部"), ("笹生 朋美", "経理部"), ("勅使河原 修", "経営企画室"),
                   ])],
                "失効": [["失効カード一覧"], ["カードID", "氏名", "失効日", "理由"],
                         ["SQ-31877", "栃折 里穂", "2026/11/16", "紛失"],
                         ["SQ-30412", "雨宮 康平", "2026/10/31", "退職"]],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "24名の社員カード台帳XLSXだが宛先は社内の情報システム部のみ。",
    },
    {
        "id": "tenantbill-075",
        "charset": "shift_jis",
        "sender": MINAI,
        "to": [MIRAI],
        "subject": "秘密保持契約の締結について（設備図面のご提供前に）",
        "body": f"""株式会社ミライバイオ
総務部 蔀様

お世話になっております。日の出産業 法務グループの薬袋です。

ご要望のあった2F-B区画の設備図面（給排水・電気容量・排気ダクト）につきましては、
ビルの防犯上の情報も含まれるため、家主の方針により、秘密保持契約を締結したうえで
ご提供することとなっております。

当社ひな形の秘密保持契約書をお送りしますので、ご確認いただけますでしょうか。
機密情報の範囲は「本物件の設備・防犯に関する図面及び資料」に限定しております。
修正のご希望があれば、お気軽にお申し付けください。

{S_MINAI}
""",
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持契約書_ひな形.docx",
            "title": "秘密保持契約書",
            "paragraphs": [
                "秘密保持契約書",
                "日の出産業株式会社（以下「甲」）と株式会社ミライバイオ（以下「乙」）は、"
                "芝浦スクエアビル2階B区画の転貸借の検討に関し、次のとおり秘密保持契約を締結する。",
                "第1条（秘密情報） 本契約において秘密情報とは、甲が乙に開示する本物件の設備・防犯に関する図面及び資料をいう。",
                "第2条（目的外使用の禁止） 乙は、秘密情報を転貸借の検討以外の目的に使用しない。",
                "第5条（返還） 乙は、転貸借契約を締結しないこととなった場合、秘密情報を速やかに返還又は廃棄する。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "秘密保持契約についてのメールとひな形。分類表示はなく、語として「機密」「秘密」を含むのみ。",
    },
]

# ---------------------------------------------------------------- 076–100
MESSAGES += [
    {
        "id": "tenantbill-076",
        "charset": "utf-8",
        "sender": SUGIURA,
        "to": [MIRAI],
        "subject": "2F-B区画 賃貸条件のご提示",
        "body": f"""株式会社ミライバイオ
総務部 蔀様

お世話になっております。日の出産業の杉浦です。

先日の内覧ありがとうございました。2F-B区画の賃貸条件をまとめた書面をお送りします。
ご検討のほど、よろしくお願いいたします。

{S_SUGIURA}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "賃貸条件提示書_2F-B_ミライバイオ様.pdf",
            "title": "賃貸条件提示書",
            "page_header": "取扱注意",
            "lines": [
                "賃貸条件提示書（2F-B区画）",
                "株式会社ミライバイオ 御中                         2026年11月25日",
                "日の出産業株式会社 総務部 施設管理課",
                "",
                "区画：芝浦スクエアビル 2階 B区画（約42.6坪）",
                "賃料：月額 617,700円（坪14,500円・税別）",
                "共益費：月額 144,840円（坪3,400円・税別）",
                "敷金：賃料の10か月分",
                "フリーレント：2か月（2027年4月1日までに契約締結の場合）",
                "特記：研究用排気ダクトの新設は乙負担、退去時撤去",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "ページヘッダーに「取扱注意」と表示されたPDFを社外の入居候補企業へ。",
    },
    {
        "id": "tenantbill-077",
        "charset": "iso-2022-jp",
        "sender": DOUMEKI,
        "to": [SOLARIS],
        "subject": "郵便物・宅配便の受取りについてのご案内",
        "body": f"""合同会社ソラリス
宇賀神様

このたびはご入居ありがとうございます。日の出産業 総務課の百目鬼です。
郵便物・宅配便の取扱いについてご案内いたします。

■郵便物
　1F郵便受け（No.4C）に投函されます。鍵は入居時にお渡しした封筒に入っています。
■宅配便
　受取人不在の場合は、1F宅配ボックス（全12区画）をご利用ください。
　大型の荷物・冷蔵品は8F受付で一時お預かりします（平日9:00〜17:30）。
■書留・内容証明
　代理受領はいたしかねます。不在票で再配達をご依頼ください。

ご不明点があれば、受付（内線4101、外線03-5442-3180）までどうぞ。

{S_DOUMEKI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "新規テナントへの館内案内。",
    },
    {
        "id": "tenantbill-078",
        "charset": "shift_jis",
        "sender": SUGIURA,
        "to": [MBS_SHOJI],
        "subject": "年末年始（12/29〜1/4）の当社緊急連絡体制",
        "body": f"""みなとビルサービス 東海林様

お世話になっております。杉浦です。
年末年始休館中の当社側の緊急連絡先をお知らせします。
設備トラブル・警報発報時は、上から順にご連絡ください。

【1】杉浦 拓也（施設管理課長）
　　携帯：080-4417-2093
　　自宅：045-913-2268
　　最寄り：田園都市線 たまプラーザ駅（ビルまで約60分）

【2】五月女 健（設備担当）
　　携帯：080-4417-2107
　　自宅：03-3794-5530
　　最寄り：東急東横線 学芸大学駅（約35分）

【3】小此木 亮太（設備担当）
　　携帯：090-8812-4476
　　自宅：03-5697-1183
　　最寄り：都営新宿線 大島駅（約40分）

【4】蓮見 由佳（施設管理課）
　　携帯：090-2285-6641
　　自宅：044-977-3012
　　最寄り：田園都市線 宮崎台駅（約50分）

【5】小鳥遊 誠（総務部長）
　　携帯：090-3346-1185
　　自宅：03-3784-2290
　　最寄り：東急池上線 旗の台駅（約30分）

{S_SUGIURA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "1人1ブロックで5名の個人携帯・自宅電話を社外の管理会社へ。5名以上の名簿。",
    },
    {
        "id": "tenantbill-079",
        "charset": "iso-2022-jp",
        "sender": HASUMI,
        "to": [KEIBI],
        "subject": "1F店舗（ソレイユ様）夜間の緊急連絡先",
        "body": f"""御手洗様

お世話になっております。日の出産業の蓮見です。
1F店舗のソレイユ様から、閉店後に厨房機器の警報が出た場合の連絡先をいただきました。

■第1連絡先
　氏名：及川 楓 様（店長）
　携帯：090-2261-4408

■第2連絡先
　氏名：日下部 遥 様（副店長）
　携帯：090-6627-3391

ガス漏れ警報の場合は、上記に加えて当社の杉浦にもご連絡ください。

{S_HASUMI}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "2名分のブロック形式の緊急連絡先。少人数で警告どまり。",
    },
    {
        "id": "tenantbill-080",
        "charset": "shift_jis",
        "sender": KITO,
        "to": [NISHIKI],
        "subject": "Re: 11月分賃料のお振込みについて",
        "body": f"""雲母様

いつもお世話になっております。日の出産業 経理部の鬼頭です。

11月分の賃料・共益費（請求書番号 HS-R-2611-0034）について、
本日、ご入金を確認いたしました。ご丁寧にご連絡いただきありがとうございました。

振込手数料の差引分（440円）は、次回のご請求で調整いたしますので
特にご対応は不要です。

{S_KITO}

-----Original Message-----
From: 雲母 俊介 <kira.shunsuke@nishiki-insatsu.co.jp>
Sent: Friday, October 30, 2026 11:20 AM
To: 鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>
Subject: 11月分賃料のお振込みについて

日の出産業 経理部 鬼頭様

錦印刷 芝浦営業所の雲母です。
11月分の賃料について、本日本社経理より振込を行いました。
金額は請求額から振込手数料440円を差し引いた 817,916円 です。
ご確認をお願いいたします。

錦印刷株式会社 芝浦営業所 所長 雲母 俊介
TEL 03-5442-7738
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "入金確認の返信（Original Message の引用つき）。パートナーの正規ドメイン宛て。",
    },
    {
        "id": "tenantbill-081",
        "charset": "utf-8",
        "sender": HASUMI,
        "to": [MBS_SHOJI],
        "subject": "防災訓練時の配慮のお願い（2F ルミナデザイン様）",
        "body": f"""東海林様

お世話になっております。蓮見です。

2Fルミナデザインの八木橋様より、社員の 丹下 彩花 様が現在妊娠中（来年3月出産予定）のため、
12月10日の防災訓練では階段避難を免除し、エレベーター前での待機としてほしいとの
ご依頼がありました。

　丹下 彩花 様（ルミナデザイン デザイン部）携帯 080-5512-0937

当日、防災センターからの人員確認の際に、同様の扱いでカウントをお願いいたします。

{S_HASUMI}
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "特定個人の妊娠の事実。APPIの要配慮個人情報の列挙には当たらないが健康に関わる情報で、判断が分かれる。",
    },
    {
        "id": "tenantbill-082",
        "charset": "utf-8",
        "sender": SOUTOME,
        "to": [MBS_URUSHI],
        "subject": "2027年度 設備点検年間スケジュール（案）",
        "body": f"""漆原様

お世話になっております。五月女です。
2027年度の設備点検年間スケジュール（案）を作りました。
点検業者の連絡先（会社窓口）も別シートにまとめています。
テナント周知が必要な点検（停電・断水・EV停止）には「要周知」を付けています。

{S_SOUTOME}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "設備点検年間スケジュール_2027.xlsx",
            "sheets": {
                "年間計画": [
                    ["芝浦スクエアビル 2027年度 設備点検年間スケジュール（案）"],
                    ["月", "点検項目", "業者", "停止・影響", "周知"],
                    ["4月", "消防用設備 機器点検（前期）", "大東防災設備", "非常ベル鳴動あり", "要周知"],
                    ["5月", "空調 フィルター清掃", "東和空調サービス", "なし", ""],
                    ["6月", "受水槽清掃", "クリーンライフ", "断水 9-16時", "要周知"],
                    ["8月", "エレベーター 定期点検", "三光昇降機", "1台ずつ停止", "要周知"],
                    ["10月", "消防用設備 総合点検（後期）", "大東防災設備", "非常ベル鳴動あり", "要周知"],
                    ["12月", "法定電気設備点検", "川崎電機", "全館停電 8-15時", "要周知"],
                    ["毎月", "入退館ゲート 保守", "セキュアゲート", "なし", ""],
                ],
                "業者連絡先": [
                    ["点検業者 連絡先（会社窓口）"],
                    ["業者", "部署", "電話", "緊急時"],
                    ["大東防災設備株式会社", "点検部", "03-3768-2201", "03-3768-2209"],
                    ["東和空調サービス株式会社", "サービス課", "03-5719-4410", "0120-411-760"],
                    ["クリーンライフ株式会社", "営業部", "03-3452-9902", "03-3452-9902"],
                    ["三光昇降機株式会社", "サービス部", "03-5821-3380", "0120-338-024"],
                    ["川崎電機株式会社", "工事部", "044-211-5560", "044-211-5569"],
                    ["セキュアゲート株式会社", "サポート", "050-5530-2211", "050-5530-2299"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "点検計画と業者の会社窓口一覧（事業者の一覧）。",
    },
    {
        "id": "tenantbill-083",
        "charset": "utf-8",
        "sender": SOUTOME,
        "to": ["Daniel Okafor <d.okafor@kestrelcontrols.com>"],
        "subject": "RFQ: BMS controller upgrade for Shibaura Square Building",
        "body": """Dear Mr. Okafor,

Thank you for the call yesterday. As discussed, we would like to request a quotation for
upgrading the building management system (BMS) of the Shibaura Square Building.

Scope:
  - Replace 4 legacy DDC controllers (B1, 3F, 6F, RF) with your KX-400 series
  - Migrate the existing BACnet points (approx. 1,150 points)
  - Web-based monitoring for the building management company (2 concurrent users)
  - On-site commissioning outside tenant business hours (weekends)

Our preferred schedule is July-August 2027. Please include the annual maintenance fee
as a separate item. Drawings of the current system can be shared once our NDA is in place.

Best regards,

Ken Soutome
Facility Management Section, Hinode Sangyo Co., Ltd.
Tel +81-3-5442-3180 (ext. 4128)
soutome.ken@hinode-sangyo.co.jp
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "英文の見積依頼。NDAへの言及のみ。",
    },
    {
        "id": "tenantbill-084",
        "charset": "utf-8",
        "sender": DOUMEKI,
        "to": [HASUMI],
        "cc": ["受付 <uketsuke@mail.hinode-sangyo.co.jp>"],
        "subject": "FW: 入館カード発行依頼（開発部 6名）",
        "body": f"""蓮見さん

お疲れさまです。百目鬼です。
アークテック様からの依頼を転送します。私は明日お休みのため、
栃内様の写真が届いたらカード発行をお願いできますか。

---------- Forwarded message ---------
From: 千明 久美 <chigira.kumi@arctech.co.jp>
Date: 2026年11月11日(水) 10:03
Subject: 入館カード発行依頼（開発部 6名）
To: 百目鬼 彩 <doumeki.aya@hinode-sangyo.co.jp>

氏名, フリガナ, 社員番号, 携帯
鵜飼 直人, ウカイ ナオト, A-20611, 090-6641-3027
新井田 陽介, ニイダ ヨウスケ, A-21002, 080-3318-2291
栃内 美咲, トチナイ ミサキ, A-21003, 070-2254-8816
蓬田 稔, ヨモギダ ミノル, A-21004, 090-1187-6605
Rachel Tanaka, レイチェル タナカ, A-21005, 080-9931-4472
阿武 誠, アンノ マコト, A-21006, 090-7720-3348
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "6名の一覧の転送だが、宛先は社内（サブドメイン含む）のみ。",
    },
    {
        "id": "tenantbill-085",
        "charset": "utf-8",
        "sender": HASUMI,
        "to": [NORDLYS_IS],
        "subject": "Re: Access cards for our new team",
        "body": f"""Dear Ingrid,

All five cards are ready and can be collected at the 8F reception from tomorrow.
As requested, they are set to the 4F-B door and the main entrance only; weekend access
can be added later if needed.

{S_HASUMI_EN}

On Tue, 17 Nov 2026 at 09:41, Ingrid Solberg <ingrid.solberg@nordlys.com> wrote:
> Dear Yuka,
>
> Could you please issue access cards for the following new members of our team?
>
> Name              Email                          Mobile
> ----------------  -----------------------------  -------------
> Lars Eide         lars.eide@nordlys.com          070-9921-3364
> Sofie Brekke      sofie.brekke@nordlys.com       080-4471-2296
> Kenji Moriyama    kenji.moriyama@nordlys.com     090-3382-6617
> Astrid Nygaard    astrid.nygaard@nordlys.com     070-5516-8823
> Tomoko Haugen     tomoko.haugen@nordlys.com      080-2209-7741
>
> Many thanks,
> Ingrid
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "英文返信。5名の表は相手メールの引用（On ... wrote: の下の > 行）のみ。",
    },
    {
        "id": "tenantbill-086",
        "charset": "shift_jis",
        "sender": KITO,
        "to": [ARCTECH],
        "subject": "請求書送付先・当社経理担当の変更のお知らせ",
        "body": f"""株式会社アークテック
管理部 千明様

いつもお世話になっております。日の出産業 経理部の鬼頭です。

貴社より、1月分以降の請求書の送付先を本社経理部へ変更したいとの
ご連絡をいただきましたので、以下のとおり変更いたします。

　新送付先：〒１６０－００２３　東京都新宿区西新宿７－２１－３　西新宿ＫＳビル１２階
　　　　　　株式会社アークテック 本社 経理部 御中
　電話　　：０３－５３３８－４１００（経理部代表）

また、当社の賃料請求担当も１月から経理部の笹生に交代いたします。
引き続きよろしくお願い申し上げます。

{S_KITO}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "全角数字の会社住所・代表電話（事業者の連絡先）のみ。",
    },
    {
        "id": "tenantbill-087",
        "charset": "utf-8",
        "sender": SOUTOME,
        "to": ["阿久根 <akune@takumi-reform.co.jp>"],
        "subject": "2F-B区画 原状回復工事の範囲指示書",
        "body": f"""株式会社匠リフォーム
阿久根様

お世話になっております。日の出産業の五月女です。

ベルテック様退去後の2F-B区画について、原状回復工事の範囲指示書をお送りします。
次の入居予定者の内装工事と重なる部分（床・照明）は、今回は見送りとしています。

お見積りは12月4日（金）までにいただけますと助かります。

{S_SOUTOME}

{DISC_JA}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "原状回復_範囲指示書_2F-B.pdf",
            "title": "原状回復工事 範囲指示書",
            "lines": ["原状回復工事 範囲指示書（2F-B区画 約42.6坪）", "現地確認日：2026年11月30日", ""],
            "table": [
                ["No", "部位", "内容", "区分"],
                ["1", "間仕切り", "会議室パーテーション3か所 撤去", "実施"],
                ["2", "天井", "ボード汚損部 張替え（約6㎡）", "実施"],
                ["3", "床", "タイルカーペット 全面張替え", "見送り"],
                ["4", "照明", "LED化", "見送り"],
                ["5", "電気", "増設コンセント 撤去・盲蓋", "実施"],
                ["6", "セキュリティ", "テナント独自カードリーダー 撤去", "実施"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "工事範囲のPDF表と免責文。個人データなし。",
    },
    {
        "id": "tenantbill-088",
        "charset": "iso-2022-jp",
        "sender": SOUTOME,
        "to": ["大庭 真一 <ooba@beltech.co.jp>"],
        "subject": "退去立会いの日程と鍵・カードのご返却について",
        "body": f"""株式会社ベルテック
総務部 大庭様

お世話になっております。日の出産業の五月女です。

2F-B区画のご退去にあたり、明渡しの立会いを下記で行いたいと存じます。

　日時：11月30日（月）14:00〜15:00
　立会：当社 五月女、みなとビルサービス 漆原様
　場所：2F-B区画（集合はエレベーターホール）

当日は以下をご返却ください。
　・区画の鍵（3本）
　・入館カード（貸与台帳上 14枚）
　・郵便受けの鍵（1本）

紛失がある場合は、再発行手数料の相当額を精算させていただきます。

{S_SOUTOME}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "退去テナント（担当者1名）への立会い案内。",
    },
    {
        "id": "tenantbill-089",
        "charset": "iso-2022-jp",
        "sender": HASUMI,
        "to": ["東京ペストコントロール 業務課 <gyomu@tokyo-pest.co.jp>"],
        "subject": "定期害虫駆除の作業日程と1F店舗の追加対応について",
        "body": f"""東京ペストコントロール株式会社
業務課 ご担当者様

お世話になっております。日の出産業 施設管理課の蓮見です。

12月の定期害虫駆除（ベイト剤設置・点検）について、
12月19日（土）8:00〜11:00でお願いいたします。

また、1F店舗（カフェ）の厨房で小バエの発生が続いているとの相談があり、
通常の作業に加えて、厨房排水まわりの調査をお願いできますでしょうか。
追加費用が発生する場合は、事前にお見積りをいただけますと幸いです。

当日は防災センターで臨時入館カードをお受け取りください。

{S_HASUMI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "害虫駆除業者への作業依頼。",
    },
    {
        "id": "tenantbill-090",
        "charset": "utf-8",
        "sender": SOUTOME,
        "to": [LUMINA],
        "subject": "2F共用トイレ改修工事のお知らせ（1月）",
        "body": f"""ルミナデザイン 八木橋様

お世話になっております。五月女です。
1月に2F共用トイレの改修工事を行いますので、ご案内いたします。

・工期：2027年1月23日（土）〜1月31日（日）
・平日の扱い：1月25日（月）〜29日（金）は2Fトイレ使用不可
　→ 3Fまたは1F（店舗横）のトイレをご利用ください
・騒音：土日のみ（平日は配管接続など静かな作業に限定）
・改修内容：洋式便器の更新、手洗いの自動水栓化、多機能トイレの新設

ご不便をおかけしますが、社内へのご周知をお願いいたします。

{S_SOUTOME}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "・箇条書きの工事案内。",
    },
    {
        "id": "tenantbill-091",
        "charset": "iso-2022-jp",
        "sender": SOUTOME,
        "to": ["十河電気 十河 <sogo-denki@docomo.ne.jp>"],
        "subject": "共用部照明交換の作業日について",
        "body": f"""十河電気
十河様

いつもお世話になっております。日の出産業の五月女です。

先日ご相談した共用部の照明交換（階段室 東・西、計28灯）の件、
12月5日（土）9:00からでお願いできますでしょうか。
材料は当社で手配済みで、B1倉庫に置いてあります。

作業当日は、1F防災センターで臨時入館カードを受け取ってください。
お支払いは、いつもどおり月末締め・翌月末振込でお願いします。

{S_SOUTOME}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "個人事業主（携帯キャリアメール）1名への作業依頼。",
    },
    {
        "id": "tenantbill-092",
        "charset": "utf-8",
        "sender": SUGIURA,
        "to": ["沖田 紗季 <okita_saki_design@yahoo.co.jp>"],
        "subject": "3F-C区画（小規模区画）のご案内",
        "body": f"""沖田 紗季 様

はじめまして。芝浦スクエアビルを管理しております、日の出産業の杉浦と申します。
ホームページからお問い合わせいただいた小規模区画について、ご案内をお送りします。

現在ご案内できるのは3F-C区画（約15坪）です。個人事業主の方のご入居も可能ですが、
審査にあたり、事業の内容が分かる資料をご提出いただいております。

内覧をご希望の場合は、平日10時〜17時の間でご都合のよい日時をお知らせください。

{S_SUGIURA}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "空室案内_3F-C.pdf",
            "title": "空室案内 3F-C",
            "lines": [
                "芝浦スクエアビル 空室のご案内",
                "区画：3F-C（約15.2坪・窓2面）",
                "賃料：月額 220,400円（坪14,500円・税別）  共益費：月額 51,680円",
                "敷金：賃料の6か月分  契約期間：2年（定期借家）",
                "設備：個別空調、OAフロア、24時間入館（ICカード）",
                "最寄駅：JR田町駅 徒歩7分／都営三田線 三田駅 徒歩9分",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "入居検討中の個人（Yahoo!メール）1名への空室案内PDF。",
    },
    {
        "id": "tenantbill-093",
        "charset": "shift_jis",
        "sender": HASUMI,
        "to": ["沼尻 <numajiri@aoba-unyu.co.jp>"],
        "subject": "12/1 入居作業の立会者名簿（4F-C ソラリス様・2F 当社倉庫）",
        "body": f"""青葉運輸株式会社 引越事業部
沼尻様

お世話になっております。日の出産業の蓮見です。
12月1日（火）の搬入作業の立会者をCSVでお送りします。
当日、作業班の方から直接連絡していただいて構いません。

{S_HASUMI}
""",
        "attachments": [{
            "kind": "csv",
            "name": "立会者_1201.csv",
            "encoding": "cp932",
            "rows": [
                ["区分", "氏名", "所属", "携帯", "立会時間"],
                ["搬入先", "宇賀神 翔", "合同会社ソラリス", "080-3927-6614", "9:00-12:00"],
                ["搬入先", "宇賀神 奈央", "合同会社ソラリス", "080-3927-6615", "9:00-12:00"],
                ["建物側", "蓮見 由佳", "日の出産業", "090-2285-6641", "8:30-17:00"],
                ["建物側", "漆原 剛", "みなとビルサービス", "090-6612-2038", "8:30-17:00"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "4名の立会者の携帯（CP932のCSV）。5名未満なので警告どまり。",
    },
    {
        "id": "tenantbill-094",
        "charset": "utf-8",
        "sender": HASUMI,
        "to": ["経理部 法定調書担当 <keiri@mail.hinode-sangyo.co.jp>"],
        "cc": [KITO],
        "subject": "月極駐車場 貸主様の個人番号（支払調書用）",
        "body": f"""経理部 法定調書担当 御中
（cc：鬼頭さん）

お疲れさまです。施設管理課の蓮見です。
芝浦第二パーキングの貸主 岩渕様から、個人番号の提供を受けましたので回付します。
本人確認（通知カード写し＋運転免許証写し）は施設管理課で済ませています。

　氏名：岩渕 源一郎
　住所：東京都港区海岸3丁目22番5-704号
　個人番号：{mn(0, "-")}

書類の原本は、施錠保管庫（8F 経理部）へ本日中にお持ちします。

{S_HASUMI}
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "マイナンバーを含むが宛先は社内（mail. サブドメインと本ドメイン）のみ。",
    },
    {
        "id": "tenantbill-095",
        "charset": "iso-2022-jp",
        "sender": SUGIURA,
        "to": ["日本セントラル警備 営業所長 能登 <noto@central-keibi.co.jp>"],
        "subject": "テナント総務ご担当者の一覧（警備引継ぎ用）",
        "body": f"""日本セントラル警備株式会社
能登所長

お世話になっております。日の出産業の杉浦です。
1月からの警備体制切替えにあたり、各テナントの総務窓口のご担当者を一覧にしました。
平日日中の連絡（工事・入館・落とし物など）はこちらにお願いします。

テナント              担当者            直通電話        メール
--------------------  ----------------  --------------  ----------------------------------
ソレイユ（1F）          及川 楓           03-5442-7701    oikawa@soleil-cafe.jp
ルミナデザイン（2F-A）  八木橋 めぐみ     03-5442-7710    yagihashi@lumina-design.co.jp
税理士法人北斗（3F-A）  舘野 隆           03-5442-7730    tateno@hokuto-tax.jp
錦印刷（3F-B）          雲母 俊介         03-5442-7738    kira.shunsuke@nishiki-insatsu.co.jp
アークテック（4F-A）    千明 久美         03-5442-7741    chigira.kumi@arctech.co.jp
Nordlys Japan（4F-B）   Ingrid Solberg    03-5442-7748    ingrid.solberg@nordlys.com

夜間・休日の緊急連絡先は、別途防災センターの台帳をご参照ください。

{S_SUGIURA}
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "6名の担当者の業務用直通・業務メールのみの一覧。取引先窓口の名簿とも個人の連絡先リストとも見られる。",
    },
    {
        "id": "tenantbill-096",
        "charset": "utf-8",
        "sender": SOUTOME,
        "to": [LUMINA],
        "cc": ["阿久津 <akutsu@studio-kanade.co.jp>"],
        "subject": "2F-A 内装工事申請書類のご確認",
        "body": f"""ルミナデザイン 八木橋様
（cc：スタジオ奏 阿久津様）

お世話になっております。日の出産業の五月女です。
2F-Aの会議室増設に係る内装工事申請について、書類を確認しました。
以下の2点のみ、修正・追加をお願いいたします。

　1. 工事工程表：火気使用（溶接）の有無を明記してください。
　　 有りの場合は、前日までに火気使用届を防災センターへ提出が必要です。
　2. 天井内の作業：スプリンクラー配管に近接するため、
　　 消防設備業者（大東防災設備）の立会い日を工程に入れてください。

修正版をいただき次第、家主への承認申請を行います。

{S_SOUTOME}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "テナントとその内装業者の社外2組織への通常の連絡。",
    },
    {
        "id": "tenantbill-097",
        "charset": "shift_jis",
        "sender": AIMONO,
        "to": [TSUBASA],
        "subject": "Re: 共用部Wi-Fiのアクセスポイント増設について",
        "body": f"""ツバサシステム 鷹取様

お世話になっております。日の出産業 情報システム部の四十物です。
ご提案ありがとうございました。

・1F多目的室と8F会議室C、各1台の増設で進めてください。
・SSIDはテナント共用のゲスト用（SQ-Guest）に統合し、当社業務用とは
　VLANを分ける構成で問題ありません。
・パスワードの定期変更（月1回）は、引き続き御社の運用でお願いします。

工事日程は、施設管理課の五月女と調整をお願いいたします。

――――――――――――――――――
日の出産業株式会社 情報システム部
四十物 聡（あいもの さとし）
TEL 03-5442-3180（内線4402）
aimono.satoshi@hinode-sangyo.co.jp

> 日の出産業 四十物様
> ツバサシステムの鷹取です。
> 共用部Wi-Fiについて、電波調査の結果、1F多目的室と8F会議室Cで
> 接続が不安定になっているため、アクセスポイントの増設をご提案します。
> 概算費用は2台で 286,000円（税込・設定費込み）です。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ネットワーク業者（パートナー）への返信。個人データなし。",
    },
    {
        "id": "tenantbill-098",
        "charset": "utf-8",
        "sender": KITO,
        "to": [HOKUTO],
        "subject": "10月分 電気使用量と按分額のお知らせ",
        "html": """<html><body>
<p>税理士法人北斗<br>舘野様</p>
<p>いつもお世話になっております。日の出産業 経理部の鬼頭です。<br>
10月分の専有部電気使用量と、共用部電気料の按分額をお知らせします。11月分のご請求に含めております。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>区分</th><th>使用量（kWh）</th><th>単価（円/kWh）</th><th>金額（円・税別）</th></tr>
<tr><td>専有部 電灯</td><td align="right">2,184</td><td align="right">31.2</td><td align="right">68,141</td></tr>
<tr><td>専有部 動力（空調）</td><td align="right">1,406</td><td align="right">28.7</td><td align="right">40,352</td></tr>
<tr><td>共用部 按分（面積比 15.2%）</td><td align="right">-</td><td align="right">-</td><td align="right">52,880</td></tr>
<tr><td><b>合計</b></td><td></td><td></td><td align="right"><b>161,373</b></td></tr>
</table>
<p>前年同月比では、専有部の使用量が約6%減少しています。</p>
<p>日の出産業株式会社 経理部 経理課 鬼頭 真理子<br>TEL 03-5442-3180（内線4310）</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTMLのみの電気料按分表。",
    },
    {
        "id": "tenantbill-099",
        "charset": "iso-2022-jp",
        "sender": KITO,
        "to": [SOLEIL],
        "cc": ["白川法律事務所 弁護士 白川 葵 <shirakawa.aoi@shirakawa-law.jp>"],
        "subject": "賃料等のお支払いについて（ご確認のお願い）",
        "body": f"""有限会社ソレイユ
代表取締役 及川 楓 様
（cc：白川法律事務所 白川先生）

平素より大変お世話になっております。日の出産業 経理部の鬼頭でございます。

令和８年９月分および１０月分の賃料・共益費につきまして、
本日現在、ご入金が確認できておりません。

　未払額：１，１５７，９２０円（令和８年９月分・１０月分）
　お支払期限：令和８年１１月３０日（月）

行き違いでお支払い済みの場合は、何卒ご容赦ください。
ご事情がおありでしたら、分割でのお支払いもご相談に応じますので、ご連絡をお願いいたします。
本件は、当社顧問の白川法律事務所にも共有しております。

{S_KITO}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "法人テナントへの督促（和暦・全角数字）。社外2組織（テナントと顧問弁護士）で保留対象外。",
    },
    {
        "id": "tenantbill-100",
        "charset": "utf-8",
        "sender": DOUMEKI,
        "to": [NISHIKI],
        "subject": "入館カード一斉更新（2027年4月）の手順について",
        "body": f"""錦印刷株式会社 芝浦営業所
雲母様

お世話になっております。日の出産業 総務課の百目鬼です。

ゲートシステムの更新に伴い、2027年4月に全テナントの入館カードを一斉に交換いたします。
手順をまとめた資料を添付しますので、営業所内でのご周知をお願いいたします。
対象者の名簿は、後日テナントポータルからご登録いただく形になります（メールでの送付は不要です）。

{S_DOUMEKI}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "入館カード一斉更新_手順.pdf",
            "title": "入館カード一斉更新の手順",
            "lines": [
                "入館カード一斉更新（2027年4月）の手順",
                "1. 3月1日〜19日：テナントポータルで対象者を登録（氏名・所属のみ）",
                "2. 3月29日〜31日：8F受付で新カードを受け取り（旧カードと引換え）",
                "3. 4月1日 0:00：旧カードは無効、新カードのみ有効",
                "4. 旧カードを紛失している場合は、再発行手数料（3,300円）がかかります",
                "お問い合わせ：日の出産業 総務課 受付 内線4101 / 03-5442-3180",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "手順書PDF。名簿はポータル登録でメールに載らない。",
    },
]
