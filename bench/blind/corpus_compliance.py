"""Blind corpus: 日の出産業 コンプライアンス・内部監査・法務 (outside counsel, forensic
accountants, investigators, servicers, overseas counsel).  Written from BRIEF.md only."""

from build import my_number, card_number

# --- signatures of the senders (their own contacts are never labelled) -------------------

SIG_TAKASE = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　法務部 法務課
高瀬 真理子（たかせ まりこ）
〒105-0013 東京都港区浜松町二丁目4番1号 日の出ビル8F
TEL 03-5401-7720（直通）／FAX 03-5401-7729
takase.mariko@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_USAMI = """
--
日の出産業株式会社
コンプライアンス推進室 室長　宇佐美 俊介
TEL: 03-5401-7750  内線 4410
usami@hinode-sangyo.co.jp"""

SIG_SHIINA = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社 内部監査室
椎名　遥 Haruka Shiina
〒105-0013 東京都港区浜松町2-4-1
Tel 03-5401-7760 / Mobile 080-3391-0524
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_ASHIDA = """
――――――――――――――――
日の出産業（株） 法務部 債権管理グループ
芦田 健吾
TEL 03-5401-7724 FAX 03-5401-7729
k-ashida@hinode-sangyo.co.jp
――――――――――――――――"""

SIG_OKOCHI = """
Best regards,

Ryo Okochi
Senior Counsel, Legal Department
Hinode Sangyo Co., Ltd.
Hinode Bldg. 8F, 2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5401-7731
okochi.ryo@hinode-sangyo.co.jp"""

SIG_NONOMURA = """
------------------------------
日の出産業株式会社 総務部 与信管理課
野々村 由紀（ののむら ゆき）
TEL：03-5401-7615
nonomura@hinode-sangyo.co.jp
------------------------------"""

SIG_CHIHAYA = """
日の出産業株式会社
内部通報窓口（コンプライアンス推進室）
千早 亮介
直通 03-5401-7755"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential and privileged information.
If you are not the intended recipient, please notify the sender immediately and delete
this e-mail. Any unauthorised use, disclosure or copying is strictly prohibited."""

MESSAGES: list[dict] = []

MESSAGES += [
    dict(
        id="cmp-001",
        sender="千早 亮介 <chihaya@hinode-sangyo.co.jp>",
        to=["白川 修一 先生 <shirakawa@shirakawa-law.jp>"],
        cc=["宇佐美 俊介 <usami@hinode-sangyo.co.jp>"],
        subject="内部通報案件（受付番号 HL-2025-031）のご相談",
        charset="iso-2022-jp",
        body="""白川法律事務所
白川 修一 先生

いつも大変お世話になっております。
日の出産業 内部通報窓口の千早でございます。

先日お電話で概要をお伝えした通報案件について、受付時の聴取内容を以下にまとめました。
今後の調査の進め方についてご助言をいただけますと幸いです。

■通報者
経理部 主任　岸本 彩花（きしもと あやか）さん ※通報者本人が被害者です

■内容（本人の申告による）
令和7年5月16日（金）、経理部・営業二課合同の懇親会の二次会終了後、同じ方面だった
営業二課 課長の柳瀬 和臣 氏とタクシーに同乗した際、車内で繰り返し太ももや胸を触られた。
岸本さんは降車後すぐに友人に連絡し、翌17日に赤坂警察署へ相談、強制わいせつの被害届を
提出済みとのことです（受理番号は本人から未確認）。
現在、岸本さんは心療内科を受診しており、今週いっぱいは年休取得中です。

■会社の対応（現時点）
・柳瀬氏には未接触（警察の捜査との関係でタイミングをご相談したく）
・岸本さんと柳瀬氏の座席は既に別フロアとなっており、業務上の接点はほぼありません

ご多忙のところ恐縮ですが、来週前半でお打合せのお時間を頂戴できますでしょうか。
""" + SIG_CHIHAYA,
        expect="stop",
        entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="whistleblower report to outside counsel: named employee as victim of a sexual offence (police report) and treatment: 要配慮",
    ),
    dict(
        id="cmp-002",
        sender="椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>",
        to=["明星フォレンジック・アカウンティング 羽生様 <hanyu@meisei-fas.co.jp>"],
        cc=["meisei-team@meisei-fas.co.jp"],
        subject="購買部ヒアリング日程（確定版）",
        charset="utf-8",
        body="""明星FAS
羽生様

お世話になっております。日の出産業 内部監査室の椎名です。
購買部関係者へのヒアリング日程が確定しましたので共有いたします。
当日連絡がつかない場合に備えて、各人の携帯番号も記載しています（本人了承済み）。

No  日時              氏名              所属・役職           携帯
--  ----------------  ----------------  -------------------  -------------
 1  6/10(火) 10:00    久我 慎之介        購買部 課長          090-4418-2270
 2  6/10(火) 13:30    桧山 千尋          購買部 主任          080-6623-1907
 3  6/10(火) 15:30    Dmitri Ogawa       購買部（嘱託）       070-2214-8836
 4  6/11(水) 10:00    鬼頭 ゆかり        購買部               090-7730-4152
 5  6/11(水) 13:30    門馬　隆           物流管理課 係長      080-1147-6093
 6  6/12(木) 10:00    冨岡 晴臣          元購買部（現・大阪） 090-5582-3316

場所：本社8階 第3会議室（6/12のみ大阪支店からWeb参加）
録音の可否は冒頭で各人に確認します。

よろしくお願いいたします。
""" + SIG_SHIINA,
        expect="stop",
        entities=["PERSON_NAME", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="interview schedule of six employees with their mobile numbers to forensic accountants",
    ),
    dict(
        id="cmp-003",
        sender="椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>",
        to=["水無瀬 綾 <minase@shirakawa-law.jp>"],
        subject="Re: 追加ヒアリングの件",
        charset="cp932",
        body="""水無瀬先生

お世話になっております。内部監査室の椎名です。
追加ヒアリングの2名、以下の通り調整がつきました。

　・6月18日（水）14:00〜　物流管理課　喜屋武 徹（きやん とおる）さん　携帯：０９０－８８１２－４４０６
　・6月18日（水）16:00〜　経理部　　　Ｍ．トラン（マイ・トラン）さん　携帯：０８０－３０２７－６６１５

いずれも本社8階 第3会議室です。先生にはWeb参加用のURLを別途お送りします。

> 前回のヒアリングで名前の挙がった物流の方と、経理で伝票を起票された方にも
> お話を伺えればと存じます。

以上、よろしくお願いいたします。
""" + SIG_SHIINA,
        expect="pass",
        entities=["PERSON_NAME", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="two interviewees with mobiles to outside counsel: under five people, may warn",
    ),
    dict(
        id="cmp-004",
        sender="大河内 涼 <okochi.ryo@hinode-sangyo.co.jp>",
        to=["LexData プロジェクト窓口 <project-0412@lexdata.jp>"],
        subject="【案件0412】保全対象カストディアン一覧の送付",
        charset="utf-8",
        body="""株式会社レックスデータ
e-Discovery支援チーム 御中

お世話になっております。日の出産業 法務部の大河内です。
ご依頼いただいていたメール保全対象者（カストディアン）の一覧をCSVでお送りします。
Exchange Online の対象メールボックスはこの9名分です。ジャーナルの抽出期間は
CSV内「保全開始日」からとしてください。

ご不明点があればご連絡ください。

法務部 大河内
TEL 03-5401-7731""",
        attachments=[dict(
            kind="csv", name="custodians_0412.csv", encoding="utf-8-sig",
            rows=[
                ["No", "カストディアン名", "Name", "メールアドレス", "部署", "役職", "保全開始日", "メールボックス容量(GB)"],
                ["1", "久我 慎之介", "Shinnosuke KUGA", "kuga.s@hinode-sangyo.co.jp", "購買部", "課長", "2021/04/01", "18.2"],
                ["2", "桧山 千尋", "Chihiro Hiyama", "hiyama@hinode-sangyo.co.jp", "購買部", "主任", "2021/04/01", "9.7"],
                ["3", "鬼頭 ゆかり", "Yukari Kito", "y-kito@hinode-sangyo.co.jp", "購買部", "", "2022/10/01", "4.1"],
                ["4", "冨岡晴臣", "TOMIOKA Haruomi", "tomioka.haruomi@hinode-sangyo.co.jp", "大阪支店営業課", "係長", "2021/04/01", "22.9"],
                ["5", "門馬 隆", "Takashi Monma", "monma@hinode-sangyo.co.jp", "物流管理課", "係長", "2023/01/01", "6.5"],
                ["6", "小鳥遊 怜", "Rei Takanashi", "takanashi.rei@hinode-sangyo.co.jp", "経理部", "", "2021/04/01", "3.3"],
                ["7", "Ogawa Dmitri", "Dmitri Ogawa", "d.ogawa@hinode-sangyo.co.jp", "購買部", "嘱託", "2022/04/01", "2.8"],
                ["8", "勅使河原 学", "Manabu Teshigawara", "teshigawara@hinode-sangyo.co.jp", "購買部", "部長", "2021/04/01", "31.0"],
                ["9", "仁科 美里", "Misato Nishina", "nishina-m@hinode-sangyo.co.jp", "購買部", "", "2023/07/01", "1.9"],
            ]),
        ],
        expect="stop",
        entities=["PERSON_NAME", "EMAIL_ADDRESS"],
        detectors=["personal_data"],
        note="custodian list (nine employees: names and mail addresses) to an e-discovery vendor",
    ),
    dict(
        id="cmp-005",
        sender="大河内 涼 <okochi.ryo@hinode-sangyo.co.jp>",
        to=["須賀 <suga@lexdata.jp>"],
        subject="Re: 【案件0412】保全対象カストディアン一覧の確認",
        charset="iso-2022-jp",
        body="""須賀様

ご確認ありがとうございます。内容はご記載のとおりで相違ありません。
1点だけ、No.4 の方の保全開始日は 2021/04/01 ではなく 2020/10/01 に前倒しをお願いします。
（大阪異動前の期間も対象にしたいため）

大河内

> 大河内様
>
> 受領したCSVを当方システムに取り込みました。念のため以下で相違ないかご確認ください。
>
> No 氏名            メールアドレス                         保全開始日
> 1  久我 慎之介     kuga.s@hinode-sangyo.co.jp             2021/04/01
> 2  桧山 千尋       hiyama@hinode-sangyo.co.jp             2021/04/01
> 3  鬼頭 ゆかり     y-kito@hinode-sangyo.co.jp             2022/10/01
> 4  冨岡晴臣        tomioka.haruomi@hinode-sangyo.co.jp    2021/04/01
> 5  門馬 隆         monma@hinode-sangyo.co.jp              2023/01/01
> 6  小鳥遊 怜       takanashi.rei@hinode-sangyo.co.jp      2021/04/01
> 7  Ogawa Dmitri    d.ogawa@hinode-sangyo.co.jp            2022/04/01
> 8  勅使河原 学     teshigawara@hinode-sangyo.co.jp        2021/04/01
> 9  仁科 美里       nishina-m@hinode-sangyo.co.jp          2023/07/01
>
> 株式会社レックスデータ 須賀
""",
        expect="pass",
        entities=[],
        detectors=[],
        note="reply to the vendor: the custodian list is only quoted (> lines); the new text holds no personal data",
    ),
    dict(
        id="cmp-006",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["木下社会保険労務士事務所 木下様 <kinoshita@kinoshita-sr.jp>"],
        subject="懲戒処分の量定についてのご相談（資料送付）",
        charset="iso-2022-jp",
        body="""木下先生

いつもお世話になっております。日の出産業 法務部の高瀬です。

先日ご相談した懲戒規程の見直しに関連し、過去5年間の懲戒処分の実績を
一覧にしましたので添付いたします。量定のバランスについてご意見をいただけますと幸いです。
特に4番目の事案（私生活上の非行）の扱いが他社水準と比べて重いかどうかを伺いたく存じます。

何卒よろしくお願い申し上げます。
""" + SIG_TAKASE,
        attachments=[dict(
            kind="xlsx", name="懲戒処分実績_2020-2024.xlsx",
            sheets={
                "実績": [
                    ["懲戒処分実績一覧（2020年度〜2024年度）　人事部・法務部作成"],
                    [],
                    ["No", "社員番号", "氏名", "フリガナ", "生年月日", "所属（当時）", "処分", "事由", "処分日"],
                    [1, "H08812", "砂川 雄大", "スナガワ ユウダイ", "1979/02/11", "福岡営業所", "けん責", "無断欠勤（5日）", "2020/09/30"],
                    [2, "H10357", "鳴海　佳代子", "ナルミ カヨコ", "S62.7.23", "経理部", "減給", "旅費の不正請求（約18万円）", "2021/03/15"],
                    [3, "H11920", "伊集院 剛", "イジュウイン ツヨシ", "昭和55年12月1日", "購買部", "出勤停止7日", "部下へのパワーハラスメント", "2022/06/20"],
                    [4, "H12044", "Ｋ．サントス（桑田 サントス 健）", "クワタ サントス ケン", "1991年4月18日", "物流管理課", "降格", "酒気帯び運転（道路交通法違反、罰金30万円の略式命令）", "2022/11/08"],
                    [5, "H13375", "百瀬 ひかり", "モモセ ヒカリ", "H4.9.5", "大阪支店", "けん責", "社外秘資料の私用メール送信", "2023/05/12"],
                    [6, "H09986", "大豆生田 実", "オオマミュウダ ミノル", "1975-08-30", "本社総務部", "諭旨解雇", "取引先からの金品受領", "2024/01/31"],
                    [7, "H14402", "柚木 蒼", "ユノキ アオイ", "2000/01/07", "札幌営業所", "減給", "SNSへの顧客情報投稿", "2024/10/04"],
                ],
                "集計": [
                    ["処分", "件数"],
                    ["けん責", 2], ["減給", 2], ["出勤停止", 1], ["降格", 1], ["諭旨解雇", 1],
                ],
            }),
        ],
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="XLSX of seven employees' disciplinary records with birth dates (one with a criminal fine) to an outside 社労士",
    ),
    dict(
        id="cmp-007",
        sender="芦田 健吾 <k-ashida@hinode-sangyo.co.jp>",
        to=["白川法律事務所 戸叶先生 <tokano@shirakawa-law.jp>"],
        subject="支払督促申立書（案）債務者目録の件",
        charset="cp932",
        body="""戸叶先生

お世話になっております。日の出産業 債権管理グループの芦田です。
先日ご相談した住宅設備ローン延滞6件について、支払督促の申立書案と債務者目録を
作成しましたのでお送りします。
住所は住民票の写しで確認済みです（No.3 の方のみ転居先不明のため最終住所地）。

ご確認のほどよろしくお願いいたします。
""" + SIG_ASHIDA,
        attachments=[dict(
            kind="docx", name="支払督促申立書_債務者目録（案）.docx",
            paragraphs=[
                "支払督促申立書（案）",
                "申立人　日の出産業株式会社　代表取締役　日野 正和",
                "請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり",
                "別紙　債務者目録",
            ],
            tables=[[
                ["番号", "債務者氏名", "住所", "生年月日", "請求額（円）"],
                ["1", "猪狩 喜一郎", "宮城県仙台市青葉区国分町三丁目6番12号 国分町メゾン502", "昭和38年3月9日", "1,284,000"],
                ["2", "Wakabayashi Noriko（若林 典子）", "埼玉県川口市芝下1-22-8", "1970年11月27日", "846,500"],
                ["3", "瀬戸口　勲", "鹿児島市東千石町十四番二十一号", "S44.6.2", "2,105,300"],
                ["4", "丹羽 ちあき", "名古屋市千種区覚王山通9丁目18-3 サンライズ覚王山301", "平成元年8月15日", "395,000"],
                ["5", "菅生 龍之介", "千葉県船橋市本町4-3-10-1207", "1982/01/30", "1,010,740"],
                ["6", "東海林 マリア", "神奈川県横浜市中区山下町207番地 山下ハイツ8階", "Ｈ３．１２．２４", "667,200"],
            ]],
            page_footer="日の出産業株式会社 法務部",
        )],
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
        detectors=["personal_data"],
        note="court filing draft (支払督促) listing six debtors with addresses and birth dates in a DOCX table",
    ),
    dict(
        id="cmp-008",
        sender="芦田 健吾 <k-ashida@hinode-sangyo.co.jp>",
        to=["戸叶 <tokano@shirakawa-law.jp>"],
        subject="訴状ドラフトの当事者欄について",
        charset="utf-8",
        body="""戸叶先生

お世話になっております。芦田です。
訴状ドラフトの当事者欄、被告の表示を以下のとおり修正いただけますでしょうか。
登記簿の住所と住民票の住所が異なっていたため、住民票に合わせています。

　〒３３０－０８５４
　さいたま市大宮区桜木町四丁目２５２番地 グランフォート大宮１１０３号
　　被告　　蓮見 周作（はすみ しゅうさく）
　　　　　　昭和５２年１０月１９日生

なお、訴額・請求の趣旨に変更はありません。
引き続きよろしくお願いいたします。
""" + SIG_ASHIDA,
        expect="pass",
        entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
        detectors=["personal_data"],
        note="one defendant's address and birth date to own counsel: a single person's record, may warn",
    ),
    dict(
        id="cmp-009",
        sender="芦田 健吾 <k-ashida@hinode-sangyo.co.jp>",
        to=["北斗債権回収 受託管理部 <jutaku@hokuto-servicer.co.jp>"],
        subject="回収委託分（第14回）の送付",
        charset="iso-2022-jp",
        body="""北斗債権回収株式会社
受託管理部 ご担当者様

いつもお世話になっております。日の出産業の芦田でございます。
今月分の回収委託対象（9件）を下記のとおりお送りいたします。
延滞額は6月末時点、最終入金日は当社システムの記録です。

氏名	住所	電話	延滞額	最終入金日
大曽根 絹代	愛知県名古屋市北区大曽根3-11-7	052-911-4408	182,400	2025/01/27
楠本　翔	大阪府堺市堺区中瓦町1丁2番15号 ベルエア堺705	090-2261-3397	73,000	2025/03/10
ミツハシ タカコ	北海道旭川市5条通8丁目左10号	0166-22-8014	415,250	2024/11/30
羽賀 研二郎	福岡市博多区博多駅南4-7-22	080-4430-1258	96,800	2025/02/25
Yamanouchi Kenta	東京都江東区豊洲五丁目6番36号 豊洲ベイタワー2212	070-3318-6624	250,000	2025/04/02
雲井 範子	長野県松本市中央2-5-33	0263-32-5571	38,600	2025/04/25
鳥越 源三	静岡県浜松市中区砂山町324番地の8	090-6678-0923	1,120,000	2024/09/30
城ヶ崎 理沙	兵庫県神戸市東灘区住吉本町1-4-9-302	080-9942-1106	61,300	2025/03/31
安心院 公平	大分県宇佐市安心院町下毛1150	0978-44-0712	207,700	2025/01/15

督促状の発送は7月7日以降でお願いいたします。
""" + SIG_ASHIDA,
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="tab-separated collection list of nine debtors (address, phone, arrears) to a servicer",
    ),
    dict(
        id="cmp-010",
        sender="野々村 由紀 <nonomura@hinode-sangyo.co.jp>",
        to=["東海リサーチ 調査第二課 <chosa2@tokai-research.co.jp>"],
        subject="反社チェックのご依頼（新規取引先代表者 5名）",
        charset="cp932",
        body="""東海リサーチ株式会社
調査第二課 御中

平素より大変お世話になっております。日の出産業 与信管理課の野々村です。
新規取引予定先の代表者・役員について、下記5名の反社会的勢力該当性調査をお願いいたします。
納期は通常（5営業日）で結構です。

・氏名：鷲尾 嘉彦（わしお よしひこ）
　生年月日：昭和４６年５月２０日
　住所：東京都世田谷区奥沢７－１４－３
　備考：㈱ワシオ設備 代表取締役

・氏名：Pham Thi Lan（ファム・ティ・ラン）
　生年月日：1988年2月3日
　住所：大阪府大阪市生野区桃谷二丁目17番9号 コーポ桃谷201
　備考：ラン貿易合同会社 代表社員

・氏名：槙野　貴之
　生年月日：Ｓ５６．１１．１
　住所：神奈川県相模原市南区相模大野3丁目8-1
　備考：有限会社マキノ 取締役

・氏名：熊谷 すみれ（くまがい すみれ）
　生年月日：平成2年7月7日
　住所：埼玉県所沢市日吉町12番1号 所沢パークハイツ906
　備考：同上 監査役

・氏名：乙部 剛士
　生年月日：1966/12/25
　住所：札幌市中央区南一条西十丁目4番地
　備考：乙部興産株式会社 代表取締役

よろしくお願いいたします。
""" + SIG_NONOMURA,
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        detectors=["personal_data"],
        note="anti-social-forces check request: five individuals with birth dates and home addresses in bullet blocks",
    ),
    dict(
        id="cmp-011",
        sender="野々村 由紀 <nonomura@hinode-sangyo.co.jp>",
        to=["白川 修一 <shirakawa@shirakawa-law.jp>"],
        subject="取引開始可否についてのご相談",
        charset="utf-8",
        body="""白川先生

お世話になっております。与信管理課の野々村です。
取引開始を検討している株式会社グランツ物流の代表者について、調査会社から下記の報告がありました。
取引可否の判断についてご意見を伺えますでしょうか。

対象者：石動 昌平（いするぎ しょうへい）
生年月日：1974年9月14日
調査結果（抜粋）：
  平成27年10月、詐欺容疑で大阪府警に逮捕（新聞報道あり）。その後の処分は不明。
  指定暴力団との関係を示す情報は確認されず。

営業部は「10年前のことで既に更生している」として取引を希望していますが、
当社の反社条項・コンプライアンス基準との関係で判断に迷っております。

お手すきの際にご教示いただけますと幸いです。
""" + SIG_NONOMURA,
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="one named individual's arrest record (criminal procedure history) to counsel: 要配慮 even for one person",
    ),
    dict(
        id="cmp-012",
        sender="野々村 由紀 <nonomura@hinode-sangyo.co.jp>",
        to=["みどり銀行 浜松町支店 法人営業課 <hamamatsucho-hojin@midori-ginko.co.jp>"],
        subject="代理人届に関する本人確認書類の件",
        charset="iso-2022-jp",
        body="""みどり銀行 浜松町支店
法人営業課 御中

いつもお世話になっております。日の出産業の野々村です。
先日ご依頼のあった、当社口座の新しい取引代理人の本人確認情報を以下にお知らせいたします。

　氏名　　　：丸岡 美砂子（マルオカ ミサコ）
　生年月日　：1981年（昭和56年）3月30日
　住所　　　：東京都大田区南雪谷2丁目14番7号
　確認書類　：運転免許証
　免許証番号：第 3015 2287 4410 号（東京都公安委員会、有効期限 2027年4月30日）

原本の写しは本日付で郵送いたしました。
ご不明な点がございましたらご連絡ください。
""" + SIG_NONOMURA,
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
        detectors=["personal_data"],
        note="KYC: one person's driver's licence number to the bank (identity document number)",
    ),
    dict(
        id="cmp-013",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["川崎電機 法務部 長谷部様 <hasebe@kawasaki-denki.co.jp>"],
        subject="秘密保持契約書（案）の送付",
        charset="utf-8",
        body="""川崎電機株式会社
法務部 長谷部様

いつもお世話になっております。日の出産業 法務部の高瀬です。

共同開発案件に関する秘密保持契約書の当社案をお送りいたします。
前回のお打合せで頂戴したご意見を踏まえ、以下の点を修正しております。

　1. 第2条（秘密情報の定義）：口頭開示の場合の書面化期限を「30日以内」に変更
　2. 第6条（有効期間）：契約終了後の存続期間を3年に短縮
　3. 第9条（損害賠償）：上限規定を削除

修正履歴付きのWordファイルです。ご確認のうえ、コメントをいただけますと幸いです。
""" + SIG_TAKASE + "\n" + DISCLAIMER_JA,
        attachments=[dict(
            kind="docx", name="秘密保持契約書（案）_日の出産業_川崎電機_v3.docx",
            title="秘密保持契約書（案）",
            paragraphs=[
                "秘密保持契約書",
                "日の出産業株式会社（以下「甲」という。）と川崎電機株式会社（以下「乙」という。）は、"
                "両者間の共同開発の検討（以下「本目的」という。）に関し、相互に開示する秘密情報の取扱いについて、"
                "以下のとおり契約を締結する。",
                "第1条（目的）本契約は、本目的のために甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
                "第2条（秘密情報の定義）本契約において秘密情報とは、開示当事者が書面、電磁的方法その他の方法により"
                "秘密である旨を明示して開示した技術上又は営業上の情報をいう。口頭で開示された情報は、開示後30日以内に"
                "書面により特定されたものに限る。",
                "第3条（秘密保持）受領当事者は、秘密情報を厳に秘密として保持し、開示当事者の事前の書面による承諾なく"
                "第三者に開示又は漏えいしてはならない。",
                "第4条（個人情報）秘密情報に個人情報が含まれる場合、受領当事者は個人情報の保護に関する法律その他の"
                "関係法令を遵守する。",
                "第6条（有効期間）本契約の有効期間は締結日から2年間とし、第3条の義務は契約終了後3年間存続する。",
                "（以下略）",
            ],
        )],
        expect="pass",
        entities=[],
        detectors=[],
        note="NDA draft to a partner: about confidentiality, no marking stamp, no personal data",
    ),
    dict(
        id="cmp-014",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["水無瀬 綾 先生 <minase@shirakawa-law.jp>"],
        subject="個人情報取扱規程 改定案のリーガルチェックのお願い",
        charset="iso-2022-jp",
        body="""水無瀬先生

いつも大変お世話になっております。日の出産業 法務部の高瀬でございます。

個人情報取扱規程の改定案につき、リーガルチェックをお願いしたく存じます。
主な改定箇所は以下のとおりです。

--------------------------------------------------
第3条（定義）
 4 「要配慮個人情報」とは、本人の人種、信条、社会的身分、病歴、犯罪の経歴、
   犯罪により害を被った事実その他本人に対する不当な差別、偏見その他の不利益が
   生じないようにその取扱いに特に配慮を要するものとして政令で定める記述等が
   含まれる個人情報をいう。
第12条（要配慮個人情報の取得）
   当社は、法令に基づく場合等を除き、あらかじめ本人の同意を得ないで
   要配慮個人情報を取得してはならない。健康診断の結果、内部通報において
   申告された被害の事実等を取り扱う部署は、別表2に定める。
第18条（外部委託）
   個人データの取扱いを委託する場合は、委託先の安全管理措置を事前に確認し、
   マイナンバー（個人番号）を含む場合は再委託を原則として禁止する。
--------------------------------------------------

改定版全文は来週中にお送りいたします。
お忙しいところ恐縮ですが、ご確認のほどよろしくお願い申し上げます。
""" + SIG_TAKASE,
        expect="pass",
        entities=[],
        detectors=[],
        note="policy text defining 要配慮個人情報 and マイナンバー in general: no person's data",
    ),
    dict(
        id="cmp-015",
        sender="宇佐美 俊介 <usami@hinode-sangyo.co.jp>",
        to=["株式会社ラーニングリンク 大庭様 <ooba@learning-link.co.jp>"],
        subject="コンプライアンス研修（e-ラーニング）受講状況のご報告",
        charset="cp932",
        body="""株式会社ラーニングリンク
大庭様

お世話になっております。日の出産業の宇佐美です。
2025年度上期のコンプライアンス研修について、部署別の受講状況をお知らせします。
下期のコンテンツ選定の参考にしていただければ幸いです。

部署              対象者数  受講済  受講率   平均点
----------------  --------  ------  -------  ------
本社管理部門           142     139   97.9%    88.4
営業本部               311     287   92.3%    84.1
購買・物流             126     118   93.7%    85.0
大阪支店                64      58   90.6%    83.7
福岡・札幌営業所        47      47  100.0%    86.2
----------------  --------  ------  -------  ------
合計                   690     649   94.1%    85.3

未受講者には7月末までの受講を再度案内しております。
ハラスメント編の理解度テストで正答率の低かった設問（Q7, Q12）の解説追加をご検討ください。
""" + SIG_USAMI,
        expect="pass",
        entities=[],
        detectors=[],
        note="training attendance counts by department: aggregates, no people",
    ),
    dict(
        id="cmp-016",
        sender="宇佐美 俊介 <usami@hinode-sangyo.co.jp>",
        to=["白川 修一 <shirakawa@shirakawa-law.jp>", "水無瀬 綾 <minase@shirakawa-law.jp>"],
        subject="中間報告書の送付",
        charset="utf-8",
        body="""白川先生、水無瀬先生

お世話になっております。宇佐美です。
購買部案件の中間報告書（社内調査チーム作成）を添付にてお送りします。
6月25日の取締役会報告前に、事実認定の表現についてご確認いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_USAMI,
        attachments=[dict(
            kind="docx", name="購買部案件_中間報告書_0620.docx",
            page_header="極秘　調査委員会限り",
            paragraphs=[
                "購買部における取引先選定に関する社内調査　中間報告書",
                "2025年6月20日　社内調査チーム",
                "1. 調査の経緯",
                "2025年4月、内部通報窓口に対し、購買部の一部社員が特定の取引先（以下「B社」という。）から"
                "便宜供与を受けている旨の通報があった。",
                "2. 調査の方法",
                "関係者ヒアリング（計8名）、メールデータのレビュー（カストディアン9名、約41万通）、"
                "B社との取引データ（2021年度以降）の分析を実施した。",
                "3. 現時点での認定事実",
                "(1) 2022年度以降、B社への発注額は前年比で約2.3倍に増加している。",
                "(2) 社員Aは、B社の費用負担による会食に少なくとも11回参加していた。",
                "(3) 相見積の取得手続が一部省略されていた事実が認められる。",
                "4. 今後の調査予定",
                "B社側関係者への協力依頼、デジタルフォレンジックの追加実施。",
            ],
        )],
        expect="stop",
        entities=[],
        detectors=["confidential_marking"],
        note="investigation report whose DOCX page header is stamped 極秘; the mail text itself does not say so",
    ),
    dict(
        id="cmp-017",
        sender="宇佐美 俊介 <usami@hinode-sangyo.co.jp>",
        to=["明星FAS 羽生様 <hanyu@meisei-fas.co.jp>"],
        subject="報告書の受け渡し方法について",
        charset="iso-2022-jp",
        body="""羽生様

お世話になっております。日の出産業の宇佐美です。

中間報告書の件ですが、社内で極秘扱いとすることになりましたので、
メールでの送付は控え、6月24日（火）のお打合せの際に紙で2部お渡しいたします。
お手数ですが、当日は受領書へのご署名をお願いいたします。

なお、フォレンジック作業用の端末については、従前どおり当社会議室内での
作業でお願いできればと存じます。

よろしくお願いいたします。
""" + SIG_USAMI,
        expect="pass",
        entities=[],
        detectors=[],
        note="mail mentions that a report is treated as 極秘 but carries no marked document: a mention, not a stamp",
    ),
    dict(
        id="cmp-018",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["白川 修一 先生 <shirakawa@shirakawa-1aw.jp>"],
        subject="次回打合せ日程のご相談",
        charset="utf-8",
        body="""白川先生

いつもお世話になっております。日の出産業 法務部の高瀬です。

次回のお打合せですが、以下のいずれかでご都合はいかがでしょうか。

　・7月2日（水）15:00〜16:00
　・7月3日（木）10:00〜11:00
　・7月4日（金）13:00〜14:00

場所は貴事務所にお伺いする形で考えております。
ご確認のほどよろしくお願いいたします。
""" + SIG_TAKASE,
        expect="stop",
        entities=[],
        detectors=["lookalike_domain"],
        note="counsel's domain typed shirakawa-1aw.jp (digit 1 for l): look-alike of the partner domain",
    ),
    dict(
        id="cmp-019",
        sender="芦田 健吾 <k-ashida@hinode-sangyo.co.jp>",
        to=["戸叶先生 <tokano@shirakawalaw.jp>"],
        subject="和解条項案へのコメント",
        charset="iso-2022-jp",
        body="""戸叶先生

お世話になっております。芦田です。
相手方代理人から届いた和解条項案について、当社のコメントをお送りします。

1. 第2項の分割払いの回数（24回）は、当社としては12回までとしたい
2. 期限の利益喪失条項に「2回分以上の遅滞」を明記していただきたい
3. 清算条項の範囲は本件売買代金に限定したい

ご検討のほどよろしくお願いいたします。
""" + SIG_ASHIDA,
        expect="stop",
        entities=[],
        detectors=["lookalike_domain"],
        note="shirakawalaw.jp: hyphen dropped from the counsel's domain shirakawa-law.jp",
    ),
    dict(
        id="cmp-020",
        sender="宇佐美 俊介 <usami@hinode-sangyo.co.jp>",
        to=[
            "神田総合法律事務所 <info@kanda-sogo-law.jp>",
            "丸の内パートナーズ法律事務所 御中 <contact@marunouchi-partners.jp>",
            "オーク法律事務所 <office@oak-law.jp>",
            "四谷国際法律事務所 <inquiry@yotsuya-law.com>",
        ],
        subject="第三者委員会の委員ご就任及び調査補助業務に関するお見積のお願い",
        charset="cp932",
        body="""各位

突然のご連絡失礼いたします。
日の出産業株式会社 コンプライアンス推進室の宇佐美と申します。

当社では、購買部門における不適切な取引に関し、第三者委員会の設置を検討しております。
つきましては、委員へのご就任及び調査補助業務について、お見積とご提案をいただけますでしょうか。

　1. 想定期間　　：2025年8月〜11月（約4か月）
　2. 想定業務　　：関係者ヒアリング、デジタルフォレンジック結果の評価、報告書作成
　3. ご提案期限　：2025年7月11日（金）
　4. 提出先　　　：本メールへのご返信にて

利益相反確認のため、当社主要取引先の一覧を別途お送りいたします。
何卒よろしくお願い申し上げます。
""" + SIG_USAMI,
        expect="stop",
        entities=[],
        detectors=["external_recipients_visible", "multiple_external_domains"],
        note="RFP sent to four law firms in one To line: external parties see each other, should have been Bcc",
    ),
]

MESSAGES += [
    dict(
        id="cmp-021",
        sender="椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>",
        to=["水無瀬 綾 <minase@shirakawa-law.jp>", "羽生 <hanyu@meisei-fas.co.jp>"],
        cc=["宇佐美 俊介 <usami@hinode-sangyo.co.jp>"],
        subject="三者定例（第5回）のご案内",
        charset="utf-8",
        body="""水無瀬先生
明星FAS 羽生様

お世話になっております。日の出産業 内部監査室の椎名です。
第5回三者定例を下記のとおり開催いたします。

日時：2025年7月8日（火）10:00〜11:30
場所：白川法律事務所 会議室B（Teams併用）
議題：
  (1) 取引データ分析の進捗（明星FAS様）
  (2) 追加ヒアリング対象者の選定
  (3) 取締役会への報告スケジュール

資料は前日までに共有フォルダへ格納いたします。
よろしくお願いいたします。
""" + SIG_SHIINA,
        expect="pass",
        entities=[],
        detectors=["multiple_external_domains"],
        note="ordinary meeting notice to counsel and the forensic firm: two external organisations",
    ),
    dict(
        id="cmp-022",
        sender="芦田 健吾 <k-ashida@hinode-sangyo.co.jp>",
        to=["北斗債権回収 受託管理部 <jutaku@hokuto-servicer.co.jp>"],
        subject="RE: 回収委託分（第13回）進捗のご報告",
        charset="iso-2022-jp",
        body="""北斗債権回収 受託管理部
小田切様

ご報告ありがとうございます。内容確認いたしました。
和解が成立した2件については、当社側の債権残高を更新しておきます。
引き続きよろしくお願いいたします。

芦田

-----Original Message-----
From: 小田切 晴美 <odagiri@hokuto-servicer.co.jp>
Sent: Tuesday, June 17, 2025 4:52 PM
To: 芦田 健吾 <k-ashida@hinode-sangyo.co.jp>
Subject: 回収委託分（第13回）進捗のご報告

日の出産業株式会社
芦田様

第13回委託分の6月中旬時点の進捗をご報告いたします。

No  債務者           電話             状況
1   千葉 利三郎       090-3381-6607    和解成立（月2万円×12回）
2   宍戸 奈央        03-3891-2240     連絡つかず、現地調査予定
3   オオツキ マサル   080-7712-0045    一括入金済（6/12）
4   畔柳 恵          045-482-9931     分割交渉中
5   百目鬼 浩之       090-5526-7180    和解成立（月3万円×8回）
6   上総 里美        070-1190-3362    弁護士介入通知あり

北斗債権回収株式会社 受託管理部 小田切
""",
        expect="pass",
        entities=[],
        detectors=[],
        note="reply: the debtor list sits only under -----Original Message----- (quoted from the recipient)",
    ),
    dict(
        id="cmp-023",
        sender="千早 亮介 <chihaya@hinode-sangyo.co.jp>",
        to=["水無瀬 綾 先生 <minase@shirakawa-law.jp>"],
        subject="FW: 上司からの言動について（相談）",
        charset="utf-8",
        body="""水無瀬先生

お世話になっております。内部通報窓口の千早です。
昨夜、外部窓口ではなく当社窓口宛てに以下の相談が届きました。
本人は外部窓口（先生の事務所）での面談を希望していますので、転送いたします。
日程調整はご本人と直接していただいて差し支えないとのことです。

千早

---------- Forwarded message ---------
From: 汐見 悠人 <yuto.shiomi.88@gmail.com>
Date: 2025年6月19日(木) 23:14
Subject: 上司からの言動について（相談）
To: <hotline@hinode-sangyo.co.jp>

内部通報窓口ご担当者様

大阪支店営業課の汐見悠人と申します。
昨年10月から、課長の八雲 直樹さんから会議の場で「給料泥棒」「辞めてしまえ」などと
繰り返し言われており、今年3月には心療内科で「うつ病」と診断され、現在も通院しています。
診断書は手元にあります。

会社には知られたくない部分もあるため、可能であれば社外の弁護士の方に相談したいです。
平日の19時以降であれば下記の携帯に連絡いただけます。

汐見 悠人（しおみ ゆうと）
携帯：090-2736-5518
""",
        expect="stop",
        entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="forward of an employee's harassment report with his diagnosis (うつ病), mobile and private mail: new text for counsel",
    ),
    dict(
        id="cmp-024",
        sender="Ryo Okochi <okochi.ryo@hinode-sangyo.co.jp>",
        to=["Eleanor Whitfield <e.whitfield@harlow-finch.com>"],
        cc=["Thomas Greaves <t.greaves@harlow-finch.com>"],
        subject="Call on UK subsidiary review - availability",
        charset="iso-2022-jp",
        body="""Dear Eleanor,

Thank you for your note yesterday. We would be glad to have a call to discuss the scope
of the review of Hinode Trading UK Ltd.

Would any of the following slots (London time) work for you and Thomas?

  - Tuesday 8 July, 08:30-09:30
  - Wednesday 9 July, 08:00-09:00
  - Thursday 10 July, 09:00-10:00

On our side, Mr Usami (Head of Compliance) and I will join. We will circulate a short
agenda and the engagement letter mark-up beforehand.
""" + SIG_OKOCHI + "\n" + DISCLAIMER_EN,
        expect="pass",
        entities=[],
        detectors=[],
        note="English scheduling mail to overseas counsel with the standard confidentiality disclaimer",
    ),
    dict(
        id="cmp-025",
        sender="Ryo Okochi <okochi.ryo@hinode-sangyo.co.jp>",
        to=["Tan Wei Ming <weiming.tan@tan-ong-legal.com.sg>"],
        subject="Legal hold - custodians for Hinode Asia Pte. Ltd.",
        charset="utf-8",
        body="""Dear Wei Ming,

Further to our call, please find below the custodians whose mailboxes and devices should be
placed on legal hold at Hinode Asia Pte. Ltd. with effect from today.

1) SASAKI Kohei - Managing Director
   kohei.sasaki@hinode-asia.com.sg / mobile +65 9123 4471
2) Priya Raman - Finance Manager
   priya.raman@hinode-asia.com.sg / mobile +65 8834 1206
3) LIM Jia Hui - Procurement Executive
   jiahui.lim@hinode-asia.com.sg / mobile +65 9276 0358
4) Kenji Arakawa (seconded from Tokyo)
   arakawa.kenji@hinode-sangyo.co.jp / mobile +81 90-6614-2283
5) Muhammad Faiz bin Osman - Logistics
   faiz.osman@hinode-asia.com.sg / mobile +65 8190 7745
6) Nguyen Van Hoa - former Sales (left in March 2025)
   personal: hoa.nguyen.sg@gmail.com

Please let me know if you need their dates of joining as well.
""" + SIG_OKOCHI,
        expect="stop",
        entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="English legal-hold list: six custodians with mail addresses and mobiles to overseas counsel",
    ),
    dict(
        id="cmp-026",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
        subject="委任状原本の送付について",
        charset="cp932",
        body="""白川法律事務所
事務局ご担当者様

いつもお世話になっております。日の出産業 法務部の高瀬でございます。

令和7年（ワ）第4471号事件の訴訟委任状につきまして、本日、代表者印を押印のうえ
レターパックにて発送いたしました（追跡番号：3621-8840-5512）。
明日午前中には到着する見込みです。

お手数ですが、到着されましたらご一報いただけますと幸いです。
""" + SIG_TAKASE + "\n" + DISCLAIMER_JA,
        expect="pass",
        entities=[],
        detectors=[],
        note="ordinary mail to counsel: case number, tracking number, signature and Japanese disclaimer",
    ),
    dict(
        id="cmp-027",
        sender="野々村 由紀 <nonomura@hinode-sangyo.co.jp>",
        to=["東海リサーチ 調査第二課 <chosa2@tokai-research.co.jp>"],
        subject="反社チェック追加依頼（6名）",
        charset="utf-8",
        html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>東海リサーチ株式会社<br>調査第二課 御中</p>
<p>いつもお世話になっております。日の出産業 与信管理課の野々村です。<br>
代理店契約の更新にあたり、下記6名の調査をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>#</th><th>対象者</th><th>よみ</th><th>生年月日</th><th>現住所</th><th>所属</th></tr>
<tr><td>1</td><td>五十嵐　徹也</td><td>いがらし てつや</td><td>昭和48年1月17日</td><td>新潟県新潟市中央区古町通七番町1010番地</td><td>五十嵐商事㈱ 代表取締役</td></tr>
<tr><td>2</td><td>HOSHINO Reika</td><td>ほしの れいか</td><td>1985.10.02</td><td>東京都練馬区石神井町3-21-6 パレス石神井203</td><td>ホシノ企画 代表</td></tr>
<tr><td>3</td><td>蔵之介 源</td><td>くらのすけ げん</td><td>Ｓ５９．３．１１</td><td>京都市左京区北白川西町74</td><td>同社 専務</td></tr>
<tr><td>4</td><td>祖父江 美智留</td><td>そぶえ みちる</td><td>平成元年12月3日</td><td>愛知県一宮市本町2丁目5-8</td><td>ソブエ物産㈲ 取締役</td></tr>
<tr><td>5</td><td>Carlos Higa（比嘉 カルロス）</td><td>ひが かるろす</td><td>1979/6/28</td><td>沖縄県那覇市おもろまち4-3-1-1504</td><td>ヒガ・トレーディング 代表</td></tr>
<tr><td>6</td><td>天童 研</td><td>てんどう けん</td><td>1962年8月8日</td><td>山形県天童市老野森一丁目3番28号</td><td>天童運輸㈱ 会長</td></tr>
</table>
<p>回答は従来どおりPDFでいただけますと幸いです。</p>
<p>--<br>日の出産業株式会社 総務部 与信管理課<br>野々村 由紀<br>TEL：03-5401-7615</p>
</body></html>""",
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        detectors=["personal_data"],
        note="HTML-only table of six individuals (birth dates, home addresses) for an anti-social-forces check",
    ),
    dict(
        id="cmp-028",
        sender="芦田 健吾 <k-ashida@hinode-sangyo.co.jp>",
        to=["北斗債権回収 小田切様 <odagiri@hokuto-servicer.co.jp>"],
        subject="現地調査対象先リスト（PDF）",
        charset="iso-2022-jp",
        body="""小田切様

お世話になっております。日の出産業の芦田です。
電話で連絡のつかない先について、現地調査をお願いしたく、対象先をPDFにまとめました。
氏名は顧客番号で照合をお願いいたします（お手元の委託データと同じ番号です）。

よろしくお願いいたします。
芦田""",
        attachments=[dict(
            kind="pdf", name="現地調査対象先_202506.pdf",
            lines=["現地調査対象先一覧（2025年6月）", "日の出産業株式会社 法務部 債権管理グループ", ""],
            table=[
                ["顧客番号", "住所", "連絡先電話", "延滞額", "備考"],
                ["C-204418", "茨城県水戸市南町三丁目4番57号", "029-224-6610", "318,000", "不在多し"],
                ["C-207731", "栃木県宇都宮市大通り2-1-5 ライオンズ宇都宮702", "090-1842-7735", "92,400", ""],
                ["C-211090", "群馬県高崎市八島町222", "027-321-0988", "540,200", "勤務先あり"],
                ["C-213562", "埼玉県春日部市中央1丁目52-1", "080-2297-4461", "76,000", ""],
                ["C-215004", "千葉市美浜区ひび野2-3 ベイサイドコート1108", "070-5560-2219", "1,002,300", "転居の可能性"],
                ["C-218877", "東京都足立区千住旭町40番18号", "03-3881-7409", "64,800", ""],
                ["C-220145", "横浜市鶴見区豊岡町19-11", "045-571-3306", "233,100", "家族が対応"],
            ],
            page_footer="1/1",
        )],
        expect="stop",
        entities=["JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="PDF list of seven debtors without a name column (customer no., home address, phone) to a servicer",
    ),
    dict(
        id="cmp-029",
        sender="大河内 涼 <okochi.ryo@hinode-sangyo.co.jp>",
        to=["須賀 <suga@lexdata.jp>"],
        subject="追加キーワードのヒット結果（メタデータ）",
        charset="utf-8",
        body="""須賀様

お世話になっております。大河内です。
社内で一次抽出したメールのメタデータ（差出人・宛先）をお送りします。
私用アドレス宛ての転送が疑われるものを中心に抽出しています。
ZIPを展開するとCSVが1つ入っています。パスワードは設定していません。

よろしくお願いします。
大河内""",
        attachments=[dict(
            kind="zip", name="hit_metadata_0623.zip",
            files=[dict(
                kind="csv", name="hit_metadata_0623.csv", encoding="utf-8",
                rows=[
                    ["DocID", "送信日時", "差出人", "宛先", "件名", "添付数"],
                    ["HS-000184", "2024-02-03 22:41", "久我 慎之介 <kuga.s@hinode-sangyo.co.jp>", "kuga.shin1975@yahoo.co.jp", "Fwd: 見積比較", "2"],
                    ["HS-000231", "2024-02-19 08:02", "桧山 千尋 <hiyama@hinode-sangyo.co.jp>", "chihiro.h.0312@icloud.com", "資料", "1"],
                    ["HS-000377", "2024-03-30 23:55", "久我 慎之介 <kuga.s@hinode-sangyo.co.jp>", "s.kuga@b-trading.co.jp", "RE: 来期の件", "0"],
                    ["HS-000402", "2024-04-11 19:10", "鬼頭 ゆかり <y-kito@hinode-sangyo.co.jp>", "yukari-kito@outlook.jp", "自分用", "3"],
                    ["HS-000518", "2024-05-27 21:37", "冨岡 晴臣 <tomioka.haruomi@hinode-sangyo.co.jp>", "tomi.haru@docomo.ne.jp", "単価表", "1"],
                    ["HS-000660", "2024-07-02 07:58", "勅使河原 学 <teshigawara@hinode-sangyo.co.jp>", "m.teshigawara.home@gmail.com", "FW: 稟議", "1"],
                    ["HS-000701", "2024-07-15 12:20", "門馬 隆 <monma@hinode-sangyo.co.jp>", "t.monma77@ezweb.ne.jp", "写真", "4"],
                    ["HS-000815", "2024-09-09 23:03", "Ogawa Dmitri <d.ogawa@hinode-sangyo.co.jp>", "dmitri.ogawa@gmail.com", "backup", "2"],
                ]),
            ],
        )],
        expect="stop",
        entities=["PERSON_NAME", "EMAIL_ADDRESS"],
        detectors=["personal_data"],
        note="ZIP (no password) with a CSV of e-mail metadata: eight employees and their private addresses",
    ),
    dict(
        id="cmp-030",
        sender="椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>",
        to=["明星FAS 羽生様 <hanyu@meisei-fas.co.jp>"],
        subject="ヒアリング記録（第1回〜第6回）送付",
        charset="iso-2022-jp",
        body="""羽生様

お世話になっております。内部監査室の椎名です。
ヒアリング記録6回分をZIPファイルにまとめてお送りします。
パスワードは別メールにてお知らせいたします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_SHIINA,
        attachments=[dict(
            kind="zip", name="hearing_records_01-06.zip", password="Hs#0625kansa",
            files=[
                dict(kind="docx", name="01_久我.docx", paragraphs=["ヒアリング記録 第1回", "対象者：久我 慎之介（購買部 課長）"]),
                dict(kind="docx", name="02_桧山.docx", paragraphs=["ヒアリング記録 第2回", "対象者：桧山 千尋（購買部 主任）"]),
            ],
        )],
        expect="stop",
        entities=[],
        detectors=["unscannable_attachment"],
        note="password-protected ZIP of interview records to forensic accountants: cannot be inspected",
    ),
]

MESSAGES += [
    dict(
        id="cmp-031",
        sender="椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>",
        to=["東京インベスティゲーション 牧原様 <makihara@tokyo-investigation.jp>"],
        subject="B社関連 調査資料の送付",
        charset="cp932",
        body="""牧原様

いつもお世話になっております。日の出産業 内部監査室の椎名です。
B社との取引履歴と、関係者の所在調査に必要な資料をExcelでお送りします。
シートは「取引履歴」「関係者」の2つです。

ご確認をお願いいたします。
椎名""",
        attachments=[dict(kind="corrupt", name="B社関連_調査資料.xlsx")],
        expect="stop",
        entities=[],
        detectors=["unscannable_attachment"],
        note="attached workbook is corrupt and cannot be read; sent to an external investigator",
    ),
    dict(
        id="cmp-032",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["木下 <kinoshita@kinoshita-sr.jp>"],
        subject="懲戒処分通知書（案）",
        charset="utf-8",
        body="""木下先生

お世話になっております。高瀬です。
懲戒処分通知書の案をPDFでお送りします（閲覧パスワードは先日お伝えしたものです）。
文言に問題がないかご確認いただけますと助かります。

高瀬""",
        attachments=[dict(
            kind="pdf", name="懲戒処分通知書_案.pdf", password="kinoshita2025",
            lines=["懲戒処分通知書", "貴殿は就業規則第58条第3号に該当するため、下記のとおり処分する。"],
        )],
        expect="stop",
        entities=[],
        detectors=["unscannable_attachment"],
        note="password-protected PDF (disciplinary notice draft) to an outside 社労士: unscannable",
    ),
    dict(
        id="cmp-033",
        sender="千早 亮介 <chihaya@hinode-sangyo.co.jp>",
        to=["常勤監査役 三雲 <mikumo@hinode-sangyo.co.jp>"],
        cc=["宇佐美 俊介 <usami@hinode-sangyo.co.jp>"],
        subject="【監査役報告】内部通報 HL-2025-031 の概要",
        charset="iso-2022-jp",
        body="""三雲監査役

お疲れさまです。千早です。
内部通報規程第14条に基づき、標記案件の概要をご報告します。

・通報日：2025年5月19日
・通報者：経理部 主任 岸本 彩花（被害者本人）
・被通報者：営業二課 課長 柳瀬 和臣
・内容：懇親会後のタクシー内で身体を触られたとの申告。本人は赤坂警察署に
　強制わいせつの被害届を提出済み。現在、心療内科に通院中。
・対応：外部弁護士（白川法律事務所）に相談済み。警察の捜査状況を踏まえ、
　被通報者への聴取時期を検討中。

詳細は来週の監査役会で口頭にてご説明いたします。
千早""",
        expect="pass",
        entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
        detectors=[],
        note="sensitive whistleblower case, but every recipient is internal (auditor, compliance)",
    ),
    dict(
        id="cmp-034",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["人事部 労務課 <romu@hinode-sangyo.co.jp>", "柴崎 <shibasaki@mail.hinode-sangyo.co.jp>"],
        subject="懲戒委員会資料（6/27開催分）",
        charset="utf-8",
        body="""労務課 各位、柴崎さん

6/27の懲戒委員会で審議する対象者を以下にまとめました。委員会資料への転記をお願いします。

1. 社員番号 H12877　野上 颯太（のがみ そうた）　1996/04/22生
   営業一課／取引先への虚偽報告（納期）／提案：けん責
2. 社員番号 H10112　笹森 恵理子　昭和61年2月9日生
   経理部／立替経費の重複請求（計 42,180円）／提案：減給
3. 社員番号 H13390　Rafael Kanashiro（金城 ラファエル）　1993-12-01生
   物流管理課／フォークリフト無資格運転／提案：けん責
4. 社員番号 H09021　榊原 浩一　S48.7.30生
   大阪支店／部下への暴言（パワハラ認定）／提案：降格
5. 社員番号 H14530　有村 ひなた　H11.5.17生
   札幌営業所／無断欠勤 計6日／提案：けん責
6. 社員番号 H11408　竹之内 譲　1984年10月3日生
   購買部／取引先からの商品券受領（5万円相当）／提案：出勤停止5日

高瀬""",
        expect="pass",
        entities=["PERSON_NAME", "DATE_OF_BIRTH"],
        detectors=[],
        note="six employees' disciplinary proposals with birth dates, but sent only inside (incl. mail. subdomain)",
    ),
    dict(
        id="cmp-035",
        sender="椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>",
        to=["清和監査法人 井上様 <inoue.k@seiwa-kansa.jp>"],
        subject="本人確認記録のサンプル抽出結果",
        charset="cp932",
        body="""清和監査法人
井上様

お世話になっております。日の出産業 内部監査室の椎名です。
犯収法対応（宝飾品の個人向け販売）の本人確認記録について、ご依頼のサンプル8件を
CSVで抽出しました。確認書類の番号は記録簿の記載をそのまま転記しています。

ご確認のほどお願いいたします。
""" + SIG_SHIINA,
        attachments=[dict(
            kind="csv", name="本人確認記録_サンプル8件.csv", encoding="cp932",
            rows=[
                ["取引日", "顧客氏名", "ﾌﾘｶﾞﾅ", "生年月日", "住所", "確認書類", "書類番号", "取引金額"],
                ["2024/11/02", "鶴見 早苗", "ﾂﾙﾐ ｻﾅｴ", "1968/04/15", "東京都品川区東五反田5-20-1", "運転免許証", "301507823344", "2,640,000"],
                ["2024/11/09", "Aiko Fernandez", "ﾌｪﾙﾅﾝﾃﾞｽ ｱｲｺ", "1990/09/30", "神奈川県鎌倉市由比ガ浜2-7-14", "旅券", "TZ4417820", "3,080,000"],
                ["2024/11/21", "日下部 悟", "ｸｻｶﾍﾞ ｻﾄﾙ", "S50.1.8", "千葉県浦安市舞浜3-21-9", "運転免許証", "302001457781", "2,200,000"],
                ["2024/12/05", "李 美玲", "ﾘ ﾐﾚｲ", "1987/03/03", "東京都新宿区大久保1-11-2 新大久保レジデンス604", "在留カード", "UH38842106EN", "4,950,000"],
                ["2024/12/14", "香坂 透", "ｺｳｻｶ ﾄｵﾙ", "H3.6.20", "埼玉県さいたま市浦和区高砂2-8-15", "旅券", "MU1029384", "2,310,000"],
                ["2025/01/11", "澤村 千景", "ｻﾜﾑﾗ ﾁｶｹﾞ", "1979/11/11", "東京都目黒区自由が丘1-29-3", "運転免許証", "303912006652", "6,600,000"],
                ["2025/01/25", "郷田 剛", "ｺﾞｳﾀﾞ ﾂﾖｼ", "昭和40年2月14日", "静岡県熱海市銀座町7-1", "運転免許証", "491700328815", "2,090,000"],
                ["2025/02/08", "嶺岸 遥香", "ﾐﾈｷﾞｼ ﾊﾙｶ", "2001/07/19", "東京都渋谷区神宮前4-12-10-301", "旅券", "TR7730215", "3,520,000"],
            ]),
        ],
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE", "JP_PASSPORT", "JP_RESIDENCE_CARD"],
        detectors=["personal_data"],
        note="KYC records of eight individual customers with licence/passport/residence-card numbers to the external auditor",
    ),
    dict(
        id="cmp-036",
        sender="芦田 健吾 <k-ashida@hinode-sangyo.co.jp>",
        to=["あおい税理士法人 佐治様 <saji@aoi-tax.jp>"],
        subject="和解金支払いに係る源泉徴収・支払調書の件",
        charset="iso-2022-jp",
        body="""あおい税理士法人
佐治様

いつもお世話になっております。日の出産業の芦田です。

先般和解が成立した元業務委託先（個人）への和解金の支払いについて、
報酬部分の源泉徴収と支払調書の作成をお願いしたく、必要事項をお送りします。

　支払先　　：鷹野 俊哉（タカノ トシヤ）
　住所　　　：東京都杉並区阿佐谷北一丁目三十二番五号
　個人番号　：""" + my_number(3601) + """
　支払予定日：2025年7月31日
　和解金額　：3,300,000円（うち報酬相当額 1,100,000円）

個人番号は本人から通知カードの写しで取得済みです。
ご不明点があればご連絡ください。
""" + SIG_ASHIDA,
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        detectors=["personal_data"],
        note="a settlement payee's My Number (with name and address) to the tax accountant",
    ),
    dict(
        id="cmp-037",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["水無瀬 綾 <minase@shirakawa-law.jp>"],
        subject="技能実習生の労働審判申立てについて（本人情報）",
        charset="utf-8",
        body="""水無瀬先生

お世話になっております。法務部の高瀬です。
昨日お電話でお伝えした労働審判の件、申立人の情報を整理しました。

  申立人：NGUYEN THI HUONG（グエン・ティ・フオン）
  生年月日：1999年8月21日
  在留カード番号：AB45618823CD（在留資格「技能実習2号ロ」、期間満了日 2026/03/14）
  就労先：当社 北関東物流センター（栃木県小山市）

申立書の写しは本日中にPDFでお送りします。
第1回期日は8月6日（水）午前10時の予定です。
""" + SIG_TAKASE,
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        detectors=["personal_data"],
        note="a trainee's residence-card number and birth date to counsel: identity document number",
    ),
    dict(
        id="cmp-038",
        sender="宇佐美 俊介 <usami@hinode-sangyo.co.jp>",
        to=["明星FAS 契約担当 <keiyaku@meisei-fas.co.jp>"],
        subject="業務委託契約書（フォレンジック調査）ご署名のお願い",
        charset="iso-2022-jp",
        body="""明星フォレンジック・アカウンティング株式会社
契約ご担当者様

お世話になっております。日の出産業 コンプライアンス推進室の宇佐美です。
フォレンジック調査に係る業務委託契約書（最終版）をお送りします。
内容をご確認のうえ、電子署名サービスよりご署名をお願いいたします。

委託料のお支払い先は、御社ご指定の下記口座で登録しております。
　みどり銀行 丸の内支店 当座 0028814
　口座名義 メイセイフオレンジツクアカウンテイング（カ

よろしくお願いいたします。
""" + SIG_USAMI,
        attachments=[dict(
            kind="docx", name="業務委託契約書_明星FAS_最終版.docx",
            paragraphs=[
                "業務委託契約書",
                "委託者：日の出産業株式会社（法人番号 6010401098817）",
                "受託者：明星フォレンジック・アカウンティング株式会社（法人番号 6010001187342）",
                "第1条（委託業務）委託者は受託者に対し、別紙記載の調査業務（以下「本業務」という。）を委託する。",
                "第5条（秘密保持）受託者は、本業務により知り得た委託者の情報を第三者に開示してはならない。",
                "第7条（委託料）委託料はタイムチャージとし、月末締め翌月末日払いとする。",
                "第12条（反社会的勢力の排除）各当事者は、自らが反社会的勢力に該当しないことを表明し、保証する。",
            ],
        )],
        expect="pass",
        entities=["JP_CORPORATE_NUMBER"],
        detectors=[],
        note="service contract with two 法人番号 and the vendor's company account: business data, no people",
    ),
    dict(
        id="cmp-039",
        sender="宇佐美 俊介 <usami@hinode-sangyo.co.jp>",
        to=["明星FAS 経理 <billing@meisei-fas.co.jp>"],
        subject="請求書（No. MFA-2025-0611）の件",
        charset="cp932",
        body="""明星FAS 経理ご担当者様

お世話になっております。日の出産業の宇佐美です。
6月分のご請求書（No. MFA-2025-0611、金額 4,862,500円（税込））を受領いたしました。

1点確認させてください。明細の「データ保全作業」（品目コード FS-102）が
5月分請求（No. MFA-2025-0508）と重複しているように見えます。
作業日（5/28）が両方に計上されておりますので、ご確認いただけますでしょうか。

問題がなければ7月末にお支払いいたします。
""" + SIG_USAMI,
        expect="pass",
        entities=[],
        detectors=[],
        note="invoice query with invoice numbers, amounts and item codes: no personal data",
    ),
    dict(
        id="cmp-040",
        sender="椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>",
        to=["ひかりカード 不正利用調査室 <fraud-desk@hikari-card.co.jp>"],
        subject="法人カードの不正利用に関する調査協力のお願い",
        charset="utf-8",
        body="""株式会社ひかりカード
不正利用調査室 ご担当者様

日の出産業株式会社 内部監査室の椎名と申します。
当社社員に貸与している法人カードについて、私的流用の疑いがあり社内調査を行っております。
下記カードの2024年4月以降の利用明細（加盟店名・利用日時）をご提供いただけますでしょうか。

  カード名義：TAKUMA HAYASAKA（早坂 拓真／営業本部）
  カード番号：""" + card_number(4001) + """
  有効期限　：09/27

必要な書式（照会書）があればお送りいただけますと幸いです。
""" + SIG_SHIINA,
        expect="stop",
        entities=["PERSON_NAME", "CREDIT_CARD"],
        detectors=["personal_data"],
        note="a card number with the holder's name in an investigation request to the card company",
    ),
]

MESSAGES += [
    dict(
        id="cmp-041",
        sender="椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>",
        to=["牧原 <makihara@tokyo-investigation.jp>"],
        subject="【社外秘】B社訪問調査の段取りについて",
        charset="iso-2022-jp",
        body="""牧原様

お世話になっております。日の出産業 内部監査室の椎名です。
B社への訪問調査の段取りについて、社内で以下のとおり決まりました。

1. 訪問予定日：7月15日（火）午後
2. 当社側同行者：内部監査室 2名
3. 事前通知：前日にB社総務部長へ電話で連絡（当社購買部は経由しない）
4. 確認事項：当社担当者との会食記録、贈答品の送付記録

調査の趣旨をB社に伝える際の言い回しについて、事前にご相談させてください。
""" + SIG_SHIINA,
        expect="stop",
        entities=[],
        detectors=["confidential_marking"],
        note="subject carries the classification 【社外秘】 and goes to an outside investigator",
    ),
    dict(
        id="cmp-042",
        sender="宇佐美 俊介 <usami@hinode-sangyo.co.jp>",
        to=["東京インベスティゲーション 牧原様 <makihara@tokyo-investigation.jp>"],
        subject="情報持ち出し案件のご相談",
        charset="iso-2022-jp",
        body="""牧原様

ご無沙汰しております。日の出産業の宇佐美です。
新たに1件、調査のご相談をさせてください。

退職予定の社員が、社外秘の資料（顧客別の販売実績など）をUSBメモリで持ち出した
可能性があるとの情報が上長から寄せられています。
現時点では端末の操作ログを保全した段階で、本人への聴取はまだ行っておりません。

・デジタルフォレンジックによる持ち出し有無の確認
・持ち出しが確認された場合の回収・誓約書取得の進め方
について、御社でご支援いただけるか、概算費用と合わせてご教示いただけますでしょうか。

来週のどこかで30分ほどお時間をいただければ幸いです。
""" + SIG_USAMI,
        expect="pass",
        entities=[],
        detectors=[],
        note="the word 社外秘 only describes the documents in question; no marking, no person identified",
    ),
    dict(
        id="cmp-043",
        sender="千早 亮介 <chihaya@hinode-sangyo.co.jp>",
        to=["白川 修一 <shirakawa@shirakawa-law.jp>"],
        subject="2024年度 内部通報制度 運用状況（集計表）",
        charset="cp932",
        body="""白川先生

いつもお世話になっております。千早です。
2024年度の内部通報制度の運用状況を集計しましたので、お送りします。
外部窓口（貴事務所）経由の件数も含めております。
制度の実効性評価のご意見をいただけますと幸いです。

千早""",
        attachments=[dict(
            kind="xlsx", name="内部通報運用状況_2024年度.xlsx",
            page_header="Confidential - Internal Use Only",
            sheets={
                "区分別": [
                    ["2024年度 内部通報 受付件数（区分別）"],
                    ["区分", "社内窓口", "外部窓口", "合計", "うち調査実施", "うち是正措置"],
                    ["ハラスメント", 14, 6, 20, 17, 9],
                    ["労務・労働時間", 8, 1, 9, 7, 4],
                    ["会計・不正経理", 3, 2, 5, 5, 2],
                    ["取引先との関係", 2, 3, 5, 4, 1],
                    ["情報管理", 4, 0, 4, 3, 3],
                    ["その他", 6, 1, 7, 2, 0],
                ],
                "月別": [
                    ["月", "件数"],
                    ["4月", 3], ["5月", 6], ["6月", 4], ["7月", 5], ["8月", 2], ["9月", 4],
                    ["10月", 7], ["11月", 3], ["12月", 2], ["1月", 5], ["2月", 6], ["3月", 3],
                ],
            },
        )],
        expect="stop",
        entities=[],
        detectors=["confidential_marking"],
        note="aggregate statistics, but the workbook's print header is stamped Confidential - Internal Use Only",
    ),
    dict(
        id="cmp-044",
        sender="千早 亮介 <chihaya@hinode-sangyo.co.jp>",
        to=["社外取締役 橘 先生 <tachibana@tachibana-cpa.jp>"],
        subject="内部通報制度の運用状況（ご参考）",
        charset="iso-2022-jp",
        body="""橘先生

いつもお世話になっております。日の出産業 内部通報窓口の千早でございます。
来週の取締役会に先立ち、2024年度の内部通報の受付状況をご参考までにお送りいたします。

　受付件数　　　　：50件（前年度 41件）
　　うち外部窓口　：13件
　　うち匿名　　　：21件
　調査実施　　　　：38件
　是正措置を講じた：19件
　通報者への不利益取扱いの申告：0件

ハラスメント関連が20件と最多で、前年度から5件増加しております。
取締役会では、管理職向け研修の強化策とあわせてご説明いたします。
""" + SIG_CHIHAYA,
        expect="pass",
        entities=[],
        detectors=[],
        note="hotline statistics (counts only) to an outside director, no marking",
    ),
    dict(
        id="cmp-045",
        sender="椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>",
        to=["牧原 <makihara@tokyo-investigation.jp>"],
        subject="関係者連絡先（退職者含む）",
        charset="utf-8",
        body="""牧原様

お世話になっております。椎名です。
聞き取りをお願いしたい関係者5名の連絡先です。うち3名は既に退職しているため、
人事記録上の最終住所と、本人から聞いている私用の連絡先を記載しています。

■ 冨岡 晴臣（とみおか はるおみ）　在籍／大阪支店
　携帯 090-5582-3316
　自宅 大阪府吹田市江坂町1丁目23-5 江坂グリーンハイツ407

■ 砂原 美結　退職（2024年3月）
　携帯 080-2206-7419
　私用メール miyu.sunahara@gmail.com
　最終住所 兵庫県西宮市甲子園口3-15-2

■ 宇津木 克也　退職（2023年9月）
　携帯 070-6641-0082
　最終住所 東京都町田市原町田四丁目七番二十号

■ Emily Katsuragi（桂木 エミリー）　在籍／購買部
　携帯 090-4003-5571
　私用メール emily.k.1992@icloud.com

■ 保科　正人　退職（2025年1月）
　携帯 080-5530-9964
　最終住所 埼玉県川越市新富町2-9-14 コートハウス川越301

いずれも本人には当社から事前に一報を入れています。
""" + SIG_SHIINA,
        expect="stop",
        entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        detectors=["personal_data"],
        note="one block per person: five witnesses' mobiles, private mail and home addresses to an investigator",
    ),
    dict(
        id="cmp-046",
        sender="椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>",
        to=["牧原 <makihara@tokyo-investigation.jp>"],
        subject="B社側の面談候補者",
        charset="iso-2022-jp",
        body="""牧原様

お世話になっております。椎名です。
B社側で面談をお願いしたい方は次の3名です。いずれもB社の名刺記載の連絡先です。

　○ 営業部長　　鍋島 修（なべしま おさむ）　携帯 090−1273−6645
　○ 営業課　　　戸祭 友里恵　　　　　　　　　携帯 080−4418−2290
　○ 元経理担当　安斎 貢（現在は関連会社に出向）携帯 090−7715−0318

面談の打診は御社からお願いできればと存じます。
""" + SIG_SHIINA,
        expect="pass",
        entities=["PERSON_NAME", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="three counterpart contacts with mobiles: under the five-person threshold, may warn",
    ),
    dict(
        id="cmp-047",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["水無瀬 綾 <minase@shirakawa-law.jp>"],
        subject="休職中社員からの申入れについて",
        charset="cp932",
        body="""水無瀬先生

お世話になっております。法務部の高瀬です。
ハラスメント被害を申告している社員について、代理人弁護士から申入書が届きました。
対応方針のご相談をさせてください。

・対象社員：物流管理課　鮎川 紗季（あゆかわ さき）　入社2019年
・経過：2025年2月、上司の叱責を機に出社困難となり、3月3日から休職。
　主治医の診断書では「適応障害」、6か月の療養を要するとの記載。
・申入れの要旨：休職期間満了による退職扱いをしないこと、上司の配置転換、
　慰謝料300万円の支払い

休職期間の満了は9月2日です。産業医面談の結果もあわせて、来週ご報告いたします。
""" + SIG_TAKASE,
        expect="stop",
        entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="named employee's diagnosis (適応障害) and sick leave to counsel: health data is 要配慮",
    ),
    dict(
        id="cmp-048",
        sender="椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>",
        to=["宇佐美 俊介 <usami@hinode-sangyo.jp>"],
        subject="本日のヒアリング所感",
        charset="utf-8",
        body="""宇佐美さん

お疲れさまです。椎名です。
本日の購買部ヒアリングの所感をメモしておきます。

・久我課長は、B社の選定理由について「品質面」と説明したが、具体的な比較資料は示せず
・会食の回数は「年に2〜3回」と述べたが、経費データ上は11回
・桧山さんは相見積の省略について「課長の指示」と明言

明日の朝会で詳しく共有します。
椎名""",
        expect="stop",
        entities=[],
        detectors=["lookalike_domain"],
        note="internal memo sent to hinode-sangyo.jp (co. dropped): a look-alike of the own domain, not internal",
    ),
    dict(
        id="cmp-049",
        sender="野々村 由紀 <nonomura@hinode-sangyo.co.jp>",
        to=["みどり銀行 浜松町支店 <hamamatsucho-hojin@midori-ginkou.co.jp>"],
        subject="口座開設書類の追加提出について",
        charset="iso-2022-jp",
        body="""みどり銀行 浜松町支店 法人営業課 御中

お世話になっております。日の出産業の野々村です。
子会社（日の出ロジスティクス株式会社）の口座開設に関し、ご指示のあった追加書類
（実質的支配者リスト、登記事項証明書）を本日郵送いたしました。

到着後、不足がございましたらご連絡ください。
よろしくお願いいたします。
""" + SIG_NONOMURA,
        expect="stop",
        entities=[],
        detectors=["lookalike_domain"],
        note="bank partner's domain misspelt midori-ginkou.co.jp (letter added)",
    ),
    dict(
        id="cmp-050",
        sender="野々村 由紀 <nonomura@hinode-sangyo.co.jp>",
        to=["みどり銀行 浜松町支店 <hamamatsucho-hojin@midori-ginko.co.jp>"],
        subject="Re: 口座開設書類の追加提出について",
        charset="utf-8",
        body="""みどり銀行 浜松町支店 法人営業課
中川様

ご連絡ありがとうございます。
先ほどの件、誤って別のアドレスに送信しておりましたので、改めてこちらにお送りします。

子会社（日の出ロジスティクス株式会社）の口座開設に関し、追加書類
（実質的支配者リスト、登記事項証明書）を本日郵送いたしました。
追跡番号は 4418-2290-6631 です。

よろしくお願いいたします。
""" + SIG_NONOMURA,
        expect="pass",
        entities=[],
        detectors=[],
        note="same mail re-sent to the real partner domain midori-ginko.co.jp: ordinary business",
    ),
]

MESSAGES += [
    dict(
        id="cmp-051",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["平和損害保険 法人損害部 <hojin-songai@heiwa-sonpo.co.jp>"],
        subject="使用者賠償責任保険 事故報告（カスタマーハラスメント）",
        charset="cp932",
        body="""平和損害保険株式会社
法人損害部 ご担当者様

いつもお世話になっております。日の出産業株式会社 法務部の高瀬でございます。
標記保険に関し、下記のとおり事故のご報告をいたします。

１．発生日時　令和7年6月3日（火）午後3時頃
２．発生場所　当社 横浜ショールーム（横浜市西区みなとみらい）
３．被害者　　当社社員　須永 梢（すなが こずえ）　ショールーム担当
４．概要　　　来店客の男性が商品説明中に激高し、須永の顔面を殴打。
　　　　　　　須永は鼻骨骨折で全治4週間と診断され、現在も通院中。
　　　　　　　同日、神奈川県警戸部警察署に被害届を提出し、加害者は傷害容疑で
　　　　　　　現行犯逮捕されております。
５．今後　　　須永は労災申請予定。加害者側との示談交渉について別途ご相談したく存じます。

診断書の写し等、必要書類をご教示いただけますと幸いです。
""" + SIG_TAKASE,
        expect="stop",
        entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="incident report naming an employee as the victim of an assault, with her injury: 要配慮, to the insurer",
    ),
    dict(
        id="cmp-052",
        sender="宇佐美 俊介 <usami@hinode-sangyo.co.jp>",
        to=["明星FAS 羽生様 <hanyu@meisei-fas.co.jp>"],
        subject="福岡営業所 小口現金の件（追加調査のお願い）",
        charset="iso-2022-jp",
        body="""羽生様

お世話になっております。宇佐美です。
福岡営業所の小口現金について、定期監査で不一致が見つかりました。
管理担当の 砂田 みのり（経理担当・嘱託）が2023年度から2024年度にかけて、
架空の領収書により計約230万円を着服していた疑いがあります。
本人はまだ事実を認めておらず、社内では刑事告訴の要否も含めて検討中です。

つきましては、現金出納帳と領収書原本の突合、及び同期間の本人の立替精算の分析を
お願いしたく存じます。資料は来週月曜に現地でお渡しします。
""" + SIG_USAMI,
        expect="either",
        entities=["PERSON_NAME"],
        detectors=["personal_data"],
        note="named employee suspected of embezzlement (no arrest, no prosecution): allegation only, judgeable either way",
    ),
    dict(
        id="cmp-053",
        sender="椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>",
        to=["羽生 <hanyu@meisei-fas.co.jp>"],
        subject="経費精算の振込先口座データ",
        charset="utf-8",
        body="""羽生様

お世話になっております。椎名です。
ご依頼のあった、経費精算の振込先口座データ（対象6名分）を貼り付けます。
給与振込口座と異なる口座が登録されていないかのご確認に使っていただく想定です。

社員番号,氏名,銀行,支店,種別,口座番号,口座名義
H08812,砂川 雄大,みどり銀行,博多支店,普通,3318204,スナガワ ユウダイ
H10357,鳴海 佳代子,ひばり信用金庫,本店営業部,普通,0049917,ナルミ カヨコ
H11920,伊集院 剛,青葉銀行,仙台駅前支店,普通,1187045,イジユウイン ツヨシ
H12877,野上 颯太,ゆうちょ銀行,〇一八支店,普通,5523061,ノガミ ソウタ
H13302,八雲 直樹,みどり銀行,梅田支店,普通,2204618,ヤクモ ナオキ
H14402,柚木 蒼,北洋第一銀行,札幌中央支店,普通,0771352,ユノキ アオイ

精算データ（2023年4月〜2025年3月）は別途共有フォルダに格納済みです。
椎名""",
        expect="stop",
        entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
        detectors=["personal_data"],
        note="comma-separated bank accounts of six employees to forensic accountants",
    ),
    dict(
        id="cmp-054",
        sender="Ryo Okochi <okochi.ryo@hinode-sangyo.co.jp>",
        to=["Tan Wei Ming <weiming.tan@tan-ong-legal.com.sg>"],
        subject="Re: Legal hold - custodians for Hinode Asia Pte. Ltd.",
        charset="iso-2022-jp",
        body="""Dear Wei Ming,

Many thanks - confirmed. The hold notices can go out tomorrow morning Singapore time.
We do not need dates of joining for now.

Best regards,
Ryo

On Mon, 23 Jun 2025 at 18:02, Tan Wei Ming <weiming.tan@tan-ong-legal.com.sg> wrote:
> Dear Ryo,
>
> We have set up the hold for the following custodians:
>
> SASAKI Kohei        kohei.sasaki@hinode-asia.com.sg     +65 9123 4471
> Priya Raman         priya.raman@hinode-asia.com.sg      +65 8834 1206
> LIM Jia Hui         jiahui.lim@hinode-asia.com.sg       +65 9276 0358
> Kenji Arakawa       arakawa.kenji@hinode-sangyo.co.jp   +81 90-6614-2283
> Muhammad Faiz       faiz.osman@hinode-asia.com.sg       +65 8190 7745
> Nguyen Van Hoa      hoa.nguyen.sg@gmail.com             -
>
> Please confirm and we will issue the notices.
>
> Kind regards,
> Wei Ming
""",
        expect="pass",
        entities=[],
        detectors=[],
        note="English reply: the custodian list appears only in the quoted 'On ... wrote:' part",
    ),
    dict(
        id="cmp-055",
        sender="芦田 健吾 <k-ashida@hinode-sangyo.co.jp>",
        to=["弁護士法人みなと総合 債権回収チーム <kaishu@minato-sogo-law.jp>"],
        subject="転送：延滞先の件（営業部からの連絡）",
        charset="cp932",
        body="""みなと総合法律事務所
債権回収チーム ご担当者様

お世話になっております。日の出産業の芦田です。
営業部から下記の連絡がありましたので転送いたします。
このうち入金約束を反故にしている先について、受任通知の送付をご検討いただけますでしょうか。

芦田

-------- 転送メッセージ --------
差出人: 滝本 和彦 <takimoto@hinode-sangyo.co.jp>
日付: 2025/06/24 11:05
宛先: 芦田 健吾 <k-ashida@hinode-sangyo.co.jp>
件名: 延滞先の件

芦田さん

営業で電話督促している先の状況です。

１）小野寺 寛治　　０９０－３３１４－２８０７　5/末入金約束→未入金
２）ヒロセ ミキ　　０８０－６６０２－１１３９　連絡つかず
３）鹿島田 勝　　　０４８－７７２－５０９１　分割を希望
４）Ｈ．ＫＩＭ（金 賢洙）　０７０－２０９８－４４６３　6/20入金約束→未入金
５）御手洗 加奈子　０９０－８８２７－０１５４　本人死亡の連絡あり（相続人確認中）
６）二階堂 明　　　０３－５９８７－２２０６　5/末入金約束→一部入金

滝本""",
        expect="stop",
        entities=["PERSON_NAME", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="forward (転送) of a colleague's list of six debtors with phone numbers to an outside law firm",
    ),
    dict(
        id="cmp-056",
        sender="宇佐美 俊介 <usami@hinode-sangyo.co.jp>",
        to=["ラーニングリンク 大庭様 <ooba@learning-link.co.jp>"],
        subject="反社対応研修 資料用の連絡先一覧",
        charset="utf-8",
        body="""大庭様

お世話になっております。宇佐美です。
反社対応研修のテキスト巻末に載せる「緊急時の連絡先」の一覧です。
各拠点の所轄警察署と暴力追放運動推進センターを記載しています。

拠点          所轄警察署              電話            暴追センター
------------  ----------------------  --------------  ------------------------------
本社（港区）  愛宕警察署              03-3437-0110    (公財)暴力団追放運動推進都民センター 03-3291-8930
大阪支店      曽根崎警察署            06-6315-1234    (公財)大阪府暴力追放推進センター 06-6946-8930
福岡営業所    博多警察署              092-436-0110    (公財)福岡県暴力追放運動推進センター 092-651-8938
札幌営業所    札幌方面中央警察署      011-242-0110    (公財)北海道暴力追放センター 011-271-5801
横浜SR        戸部警察署              045-323-0110    (公財)神奈川県暴力追放推進センター 045-201-8930

※電話番号は各機関の代表番号です。研修前に最新情報を再確認します。
""" + SIG_USAMI,
        expect="pass",
        entities=[],
        detectors=[],
        note="list of police stations and public centres (institutional switchboards): businesses, not people",
    ),
    dict(
        id="cmp-057",
        sender="野々村 由紀 <nonomura@hinode-sangyo.co.jp>",
        to=["東海リサーチ 調査第二課 <chosa2@tokai-research.co.jp>"],
        subject="法人反社チェック（定期スクリーニング 7社）",
        charset="iso-2022-jp",
        body="""東海リサーチ 調査第二課 御中

お世話になっております。日の出産業の野々村です。
年次の定期スクリーニング対象（法人のみ）7社をお送りします。
今回は法人名・所在地での照合のみで、役員個人の調査は不要です。

法人名                         法人番号        本店所在地
-----------------------------  -------------   ------------------------------------
株式会社ワシオ設備             8010001034419   東京都世田谷区用賀4-10-1
ラン貿易合同会社               7120001077358   大阪府大阪市中央区本町2-3-8
有限会社マキノ                 5180301015526   愛知県豊橋市駅前大通1-55
五十嵐商事株式会社             9010401122904   東京都港区芝浦3-7-12
ソブエ物産有限会社             2011101054683   東京都品川区大崎1-2-2
天童運輸株式会社               6011001092235   東京都江東区新砂3-1-7
乙部興産株式会社               5290001032117   福岡県福岡市博多区博多駅前2-19-24

回答期限は7月18日でお願いいたします。
""" + SIG_NONOMURA,
        expect="pass",
        entities=["JP_CORPORATE_NUMBER"],
        detectors=[],
        note="screening list of seven companies (法人番号, head-office addresses): businesses, not people",
    ),
    dict(
        id="cmp-058",
        sender="野々村 由紀 <nonomura@hinode-sangyo.co.jp>",
        to=["東海リサーチ 調査第二課 <chosa2@tokai-research.co.jp>"],
        subject="役員個人の照合依頼（前回法人7社の代表者）",
        charset="utf-8",
        body="""東海リサーチ 調査第二課 御中

追加でお願いです。前回お送りした7社のうち5社について、代表者個人の照合もお願いします。

| 法人番号      | 代表者           | 生年月日         |
|---------------|------------------|------------------|
| 8010001034419 | 鷲尾 嘉彦         | 1971-05-20       |
| 7120001077358 | PHAM THI LAN     | 1988-02-03       |
| 5180301015526 | 槙野 貴之         | 昭和56年11月1日  |
| 9010401122904 | 五十嵐 徹也       | S48.1.17         |
| 6011001092235 | 天童　研          | 1962年8月8日     |

住所は前回の個人調査時と同じです。
よろしくお願いします。
野々村""",
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_CORPORATE_NUMBER"],
        detectors=["personal_data"],
        note="markdown-style table of five company representatives with birth dates for a background check",
    ),
    dict(
        id="cmp-059",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["戸叶先生 <tokano@shirakawa-law.jp>"],
        subject="未払残業代請求訴訟：訴状副本の当事者目録",
        charset="cp932",
        body="""戸叶先生

お世話になっております。法務部の高瀬です。
本日、東京地裁から訴状副本が届きましたので、当事者目録部分をPDF化してお送りします。
原告は元物流センター勤務の6名です。答弁書の提出期限は8月4日となっております。

取り急ぎ、よろしくお願いいたします。
""" + SIG_TAKASE,
        attachments=[dict(
            kind="pdf", name="訴状_当事者目録.pdf",
            lines=["当事者目録", ""],
            table=[
                ["", "住所", "氏名"],
                ["原告", "〒329-0214 栃木県小山市乙女三丁目16番4号", "赤羽 信吾"],
                ["原告", "〒323-0807 栃木県小山市城東1-8-22 メゾン城東102", "鈴鹿 美代子"],
                ["原告", "〒307-0001 茨城県結城市結城9624番地", "ペレイラ・ユキオ"],
                ["原告", "〒329-4421 栃木県栃木市大平町富田558-3", "石塚　歩"],
                ["原告", "〒306-0011 茨城県古河市東一丁目5番26号", "神林 亜矢"],
                ["原告", "〒323-0023 小山市中央町二丁目3番1号 コーポ中央205", "湯浅 修平"],
                ["上記原告ら訴訟代理人弁護士", "〒320-0026 栃木県宇都宮市馬場通り4-1-1", "野州 剛（宇都宮中央法律事務所）"],
                ["被告", "〒105-0013 東京都港区浜松町二丁目4番1号", "日の出産業株式会社 代表者代表取締役 日野 正和"],
            ],
        )],
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS"],
        detectors=["personal_data"],
        note="PDF party list of a lawsuit: six plaintiffs (former employees) with home addresses",
    ),
    dict(
        id="cmp-060",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["戸叶先生 <tokano@shirakawa-law.jp>"],
        cc=["芦田 健吾 <k-ashida@hinode-sangyo.co.jp>"],
        subject="期日のご連絡ありがとうございます",
        charset="iso-2022-jp",
        body="""戸叶先生

期日のご連絡ありがとうございます。社内で共有いたしました。

　事件番号：令和7年（ワ）第4471号 売買代金請求事件
　第2回口頭弁論期日：令和7年9月11日（木）午前10時30分
　場所：東京地方裁判所 民事第27部 第611号法廷

当日は法務部から私と芦田の2名が傍聴いたします。
準備書面のドラフトは8月末までにいただけますと大変助かります。

引き続きどうぞよろしくお願いいたします。
""" + SIG_TAKASE,
        expect="pass",
        entities=[],
        detectors=[],
        note="court date confirmation with a case number: no personal data",
    ),
]

MESSAGES += [
    dict(
        id="cmp-061",
        sender="宇佐美 俊介 <usami@hinode-sangyo.co.jp>",
        to=["橘 先生 <tachibana@tachibana-cpa.jp>"],
        subject="調査委員会 議事要旨（第3回）",
        charset="utf-8",
        body="""橘先生

お世話になっております。宇佐美です。
先日の第3回調査委員会の議事要旨をお送りします。
ご発言内容に誤りがないかご確認いただけますと幸いです。

宇佐美""",
        attachments=[dict(
            kind="docx", name="議事要旨_第3回.docx",
            title="【極秘】購買部案件 調査委員会 議事要旨",
            paragraphs=[
                "調査委員会（第3回）議事要旨",
                "日時：2025年6月23日（月）17:00〜18:40",
                "出席：委員長 橘、委員 白川、宇佐美、事務局 椎名",
                "1. 中間報告の内容について、事実認定の表現を一部修正することとした。",
                "2. B社側への協力要請は、外部調査会社を通じて行う。",
                "3. 取締役会への報告は7月度定例会とし、再発防止策の骨子を併せて示す。",
                "次回：7月14日（月）17:00",
            ],
        )],
        expect="stop",
        entities=[],
        detectors=["confidential_marking"],
        note="DOCX whose document title property reads 【極秘】: marking only in the attachment's metadata",
    ),
    dict(
        id="cmp-062",
        sender="千早 亮介 <chihaya@hinode-sangyo.co.jp>",
        to=["白川 修一 先生 <shirakawa@shirakawa-law.jp>"],
        subject="通報案件 HL-2025-038 のご相談",
        charset="iso-2022-jp",
        body="""白川先生

お世話になっております。千早です。
匿名の通報で、次のような内容が寄せられました。扱いについてご相談させてください。

「札幌営業所の所長 鬼怒川 誠一 は、前職時代に傷害事件を起こして有罪判決
（懲役1年・執行猶予3年）を受けている。部下に対しても威圧的で、このことを
知っている社員はみな怖がっている。」

採用時の経歴書には該当する記載はなく、人事部は本人に確認すべきか迷っております。
前科の有無を会社が調査すること自体の可否、本人への確認方法について、
ご助言をいただけますでしょうか。
""" + SIG_CHIHAYA,
        expect="stop",
        entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="hotline report stating a named manager's criminal conviction: 要配慮 (criminal record) to counsel",
    ),
    dict(
        id="cmp-063",
        sender="内部通報窓口 <hotline@hinode-sangyo.co.jp>",
        to=["hinode.tsuho.2025@gmail.com"],
        subject="ご通報（受付番号 HL-2025-041）について",
        charset="cp932",
        body="""ご通報者様

日の出産業株式会社 内部通報窓口です。
このたびはご通報いただき、ありがとうございました。

ご通報の内容について、本日より調査を開始いたしましたのでお知らせします。
調査は通報者が特定されないよう配慮して進めてまいります。
調査結果の概要は、おおむね1か月を目処にこのアドレス宛てにご連絡いたします。

追加の情報がございましたら、本メールにご返信ください。
なお、ご通報を理由とする不利益な取扱いは規程で禁止されております。
万一そのような扱いを受けた場合は、すぐにお知らせください。

内部通報窓口（コンプライアンス推進室）""",
        expect="pass",
        entities=[],
        detectors=["freemail_recipient"],
        note="acknowledgement to an anonymous reporter's free-mail address: one free-mail recipient, no data",
    ),
    dict(
        id="cmp-064",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["汐見 悠人 <yuto.shiomi.88@gmail.com>", "汐見 梨花 <rinka.shiomi@yahoo.co.jp>"],
        cc=["水無瀬 綾 <minase@shirakawa-law.jp>"],
        subject="面談日程のご連絡",
        charset="utf-8",
        body="""汐見 悠人 様
汐見 梨花 様

日の出産業 法務部の高瀬でございます。
ご相談の件について、外部窓口の水無瀬弁護士との面談を以下のとおり設定いたしました。
ご家族の同席をご希望とのことでしたので、お二人宛てにお送りしております。

日時：2025年7月1日（火）19:00〜20:00
場所：白川法律事務所（東京都千代田区麹町）会議室A

ご都合が悪くなった場合は、水無瀬先生まで直接ご連絡ください。
""" + SIG_TAKASE,
        expect="stop",
        entities=[],
        detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        note="two private free-mail recipients and counsel openly in To/Cc: three external parties see each other",
    ),
    dict(
        id="cmp-065",
        sender="宇佐美 俊介 <usami@hinode-sangyo.co.jp>",
        to=["人事部 人材開発課 <jinzai@hinode-sangyo.co.jp>"],
        subject="ハラスメント研修 理解度テスト結果（管理職）",
        charset="iso-2022-jp",
        body="""人材開発課 各位

お疲れさまです。宇佐美です。
管理職向けハラスメント研修の理解度テスト結果（個人別）を添付します。
60点未満の方は再受講の対象です。人事評価には使わない前提での共有ですので、
取扱いにご注意ください。

宇佐美""",
        attachments=[dict(
            kind="xls", name="理解度テスト結果_管理職.xls",
            sheets={"結果": [
                ["社員番号", "氏名", "所属", "役職", "得点", "再受講"],
                ["H07731", "八雲 直樹", "大阪支店営業課", "課長", 55, "要"],
                ["H08020", "柳瀬 和臣", "営業二課", "課長", 72, ""],
                ["H06654", "鬼怒川 誠一", "札幌営業所", "所長", 48, "要"],
                ["H09021", "榊原 浩一", "大阪支店", "課長代理", 61, ""],
                ["H05518", "勅使河原 学", "購買部", "部長", 80, ""],
                ["H07902", "久我 慎之介", "購買部", "課長", 66, ""],
                ["H08457", "真壁 透子", "経理部", "課長", 94, ""],
                ["H06120", "鵜飼 正義", "物流管理課", "課長", 58, "要"],
                ["H07345", "Lucas Tamura", "海外事業部", "課長", 88, ""],
                ["H08811", "千種 貴美", "総務部", "課長", 91, ""],
            ]},
        )],
        expect="pass",
        entities=["PERSON_NAME"],
        detectors=[],
        note="per-person test scores of ten managers, sent only to an internal HR address",
    ),
    dict(
        id="cmp-066",
        sender="宇佐美 俊介 <usami@hinode-sangyo.co.jp>",
        to=["ラーニングリンク 大庭様 <ooba@learning-link.co.jp>"],
        subject="集合研修（7/17）の参加人数確定のご連絡",
        charset="iso-2022-jp",
        body="""大庭様

お世話になっております。日の出産業の宇佐美です。
7月17日（木）の管理職向けハラスメント防止研修の参加人数が確定しました。

　午前の部（10:00〜12:00）：本社会場 38名
　午後の部（14:00〜16:00）：本社会場 41名、大阪支店からオンライン 12名

当日の会場責任者は総務部の千種（携帯 080-2741-9930）です。
機材の搬入時間などは千種と直接ご調整いただいて構いません。

受講者アンケートの様式は前回と同じものでお願いいたします。
""" + SIG_USAMI,
        expect="pass",
        entities=["PERSON_NAME", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="attendance counts plus one staff contact's mobile for the venue: one person, may warn",
    ),
    dict(
        id="cmp-067",
        sender="椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>",
        to=["明星FAS 羽生様 <hanyu@meisei-fas.co.jp>"],
        subject="大阪支店ヒアリング日程表",
        charset="cp932",
        body="""羽生様

お世話になっております。日の出産業 内部監査室の椎名です。
大阪支店での追加ヒアリングの日程表をお送りします。
「日程」シートに時間割、「連絡先」シートに各人の携帯番号を入れています。

ご確認をお願いいたします。
椎名""",
        attachments=[dict(
            kind="xlsx", name="大阪ヒアリング日程表.xlsx",
            sheets={
                "日程": [
                    ["大阪支店 追加ヒアリング日程（7/9〜7/10）"],
                    ["日", "開始", "終了", "対象者", "同席"],
                    ["7/9", "10:00", "11:00", "八雲 直樹", "水無瀬弁護士"],
                    ["7/9", "11:30", "12:15", "汐見 悠人", "水無瀬弁護士"],
                    ["7/9", "14:00", "14:45", "榊原 浩一", "椎名"],
                    ["7/9", "15:30", "16:15", "Angela Moriya", "椎名"],
                    ["7/10", "10:00", "10:45", "浪江 大地", "羽生様"],
                    ["7/10", "11:00", "11:45", "宍倉 穂乃香", "羽生様"],
                    ["7/10", "13:30", "14:15", "阿久津 秀明", "椎名"],
                ],
                "連絡先": [
                    ["対象者", "フリガナ", "携帯"],
                    ["八雲 直樹", "ヤクモ ナオキ", "０９０－６２１４－３３０８"],
                    ["汐見 悠人", "シオミ ユウト", "０９０－２７３６－５５１８"],
                    ["榊原 浩一", "サカキバラ コウイチ", "０８０－７７０１－２２６４"],
                    ["Angela Moriya", "モリヤ アンジェラ", "０７０－４４２８－９１１６"],
                    ["浪江 大地", "ナミエ ダイチ", "０９０－１１８３－６０４７"],
                    ["宍倉 穂乃香", "シシクラ ホノカ", "０８０－３９５５－８８２１"],
                    ["阿久津 秀明", "アクツ ヒデアキ", "０９０－９０６２－５１３０"],
                ],
            },
        )],
        expect="stop",
        entities=["PERSON_NAME", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="XLSX with two sheets: seven interviewees and their full-width mobile numbers, to forensic accountants",
    ),
    dict(
        id="cmp-068",
        sender="椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>",
        to=["水無瀬 綾 <minase@shirakawa-law.jp>"],
        subject="7/9 大阪ヒアリングの進行案",
        charset="iso-2022-jp",
        body="""水無瀬先生

お世話になっております。椎名です。
7/9の大阪支店ヒアリングの進行案です。対象者は記号で記載しています
（氏名の対応表は当日お渡しします）。

　10:00〜11:00　対象者Ａ（被申告者）　　先生ご担当
　11:30〜12:15　対象者Ｂ（申告者）　　　先生ご担当
　14:00〜14:45　対象者Ｃ（同僚）　　　　椎名
　15:30〜16:15　対象者Ｄ（同僚・派遣）　椎名

Ａについては冒頭で弁明の機会である旨を説明し、録音の同意を得る予定です。
Ｂについては、前回の面談でご家族の同席希望がありましたので、別室待機とします。

修正点があればご指摘ください。
""" + SIG_SHIINA,
        expect="pass",
        entities=[],
        detectors=[],
        note="interview plan with interviewees coded A-D, no names or contact data",
    ),
    dict(
        id="cmp-069",
        sender="大河内 涼 <okochi.ryo@hinode-sangyo.co.jp>",
        to=["白川 修一 <shirakawa@shirakawa-law.jp>"],
        subject="ホット文書の一覧（一次レビュー結果）",
        charset="utf-8",
        body="""白川先生

お世話になっております。大河内です。
LexDataでの一次レビューで「Hot」とタグ付けされた文書の一覧をWordにまとめました。
差出人・宛先はメールヘッダのとおり記載しています。
特に3番と6番は、私用アドレスへの送信ですのでご留意ください。

大河内""",
        attachments=[dict(
            kind="docx", name="Hot文書一覧_一次レビュー.docx",
            paragraphs=["一次レビュー Hot文書一覧（2025/06/26時点）", "タグ：Hot（便宜供与・相見積省略に関係）"],
            tables=[[
                ["#", "DocID", "日付", "差出人", "宛先", "要旨"],
                ["1", "HS-000377", "2024/03/30", "久我 慎之介 kuga.s@hinode-sangyo.co.jp", "s.kuga@b-trading.co.jp", "来期の発注枠について"],
                ["2", "HS-000412", "2024/04/12", "鍋島 修 nabeshima@b-trading.co.jp", "kuga.s@hinode-sangyo.co.jp", "会食のお礼"],
                ["3", "HS-000518", "2024/05/27", "冨岡 晴臣 tomioka.haruomi@hinode-sangyo.co.jp", "tomi.haru@docomo.ne.jp", "単価表の転送"],
                ["4", "HS-000590", "2024/06/18", "桧山 千尋 hiyama@hinode-sangyo.co.jp", "kuga.s@hinode-sangyo.co.jp", "相見積は省略でよいか"],
                ["5", "HS-000633", "2024/06/28", "戸祭 友里恵 tomatsuri@b-trading.co.jp", "hiyama@hinode-sangyo.co.jp", "お中元の送付先確認"],
                ["6", "HS-000660", "2024/07/02", "勅使河原 学 teshigawara@hinode-sangyo.co.jp", "m.teshigawara.home@gmail.com", "稟議書の転送"],
            ]],
        )],
        expect="stop",
        entities=["PERSON_NAME", "EMAIL_ADDRESS"],
        detectors=["personal_data"],
        note="DOCX review table: senders/recipients of six people with mail addresses incl. private ones",
    ),
    dict(
        id="cmp-070",
        sender="大河内 涼 <okochi.ryo@hinode-sangyo.co.jp>",
        to=["須賀 <suga@lexdata.jp>"],
        subject="レビュー進捗の確認",
        charset="iso-2022-jp",
        body="""須賀様

お世話になっております。大河内です。
週次の進捗レポートありがとうございました。数値を確認しました。

　総文書数　　　　　　 412,806件
　重複排除後　　　　　 187,330件
　キーワードヒット　　　 9,412件
　一次レビュー済　　　　 6,005件（63.8%）
　うち Hot　　　　　　　　　 48件
　うち 秘匿特権候補　　　　 112件

この進捗ですと、一次レビュー完了は7月第3週の見込みと理解しました。
二次レビューの体制（当社側2名＋白川法律事務所）については来週ご相談させてください。

大河内""",
        expect="pass",
        entities=[],
        detectors=[],
        note="e-discovery progress statistics only",
    ),
]

MESSAGES += [
    dict(
        id="cmp-071",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["木下 <kinoshita@kinoshita-sr.jp>"],
        subject="労災申請（須永さん）の書類について",
        charset="cp932",
        body="""木下先生

お世話になっております。高瀬です。
横浜ショールームでの件（6/3）、労災の様式第5号の作成をお願いいたします。
必要事項を以下にまとめました。

　被災者氏名：須永 梢（スナガ コズエ）
　生年月日　：平成８年１月２６日
　健康保険証：記号 ５１２０３３ 番号 ８８（協会けんぽ東京支部）
　住所　　　：横浜市神奈川区六角橋２－１７－５ サンハイツ六角橋１０３
　傷病名　　：鼻骨骨折
　医療機関　：横浜みなと総合病院（治療継続中）

事業主証明欄は当社で記入・押印のうえ郵送いたします。
""" + SIG_TAKASE,
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="one employee's health-insurance card number, injury and address to the 社労士",
    ),
    dict(
        id="cmp-072",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["木下社会保険労務士事務所 <office@kinoshita-sr.jp>"],
        subject="和解に伴う元従業員の資格取得・喪失の訂正届について",
        charset="utf-8",
        body="""木下社会保険労務士事務所
ご担当者様

お世話になっております。日の出産業 法務部の高瀬です。
先日成立した地位確認訴訟の和解により、元従業員1名の退職日を遡って変更することになりました。
被保険者資格喪失届の訂正について、手続をお願いいたします。

　氏名：越智 隆之介（おち りゅうのすけ）
　生年月日：1987年5月9日（昭和62年）
　基礎年金番号：4107-382915
　個人番号：""" + my_number(7201) + """
　旧退職日：2024年9月30日 → 新退職日：2025年3月31日

和解調書の写しは明日郵送いたします。
""" + SIG_TAKASE,
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_MY_NUMBER"],
        detectors=["personal_data"],
        note="a former employee's basic pension number and My Number to an outside 社労士 office",
    ),
    dict(
        id="cmp-073",
        sender="芦田 健吾 <k-ashida@hinode-sangyo.co.jp>",
        to=["小田切様 <odagiri@hokuto-servicer.co.jp>"],
        subject="転居先が判明した3件について",
        charset="iso-2022-jp",
        body="""小田切様

お世話になっております。芦田です。
先日「連絡つかず」とご報告いただいた先のうち、3件の転居先が判明しましたのでお知らせします。

宍戸奈央様は、千葉県松戸市新松戸四丁目２１番地 新松戸ハイム３０５ に転居されています。
ミツハシ タカコ様は、札幌市北区北二十四条西5丁目1-8 に転居、電話は 011-726-4490 に変更。
雲井範子様は、長野市大字鶴賀1480番地 に転居（電話番号は変更なし）とのことです。

いずれも住民票の写しで確認済みです。督促状の再送をお願いいたします。
芦田""",
        expect="pass",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="new addresses of three debtors written in prose: under five people, may warn",
    ),
    dict(
        id="cmp-074",
        sender="Ryo Okochi <okochi.ryo@hinode-sangyo.co.jp>",
        to=["Khun Siriporn Srisuk <siriporn@srisuk-law.co.th>"],
        subject="Site visit to Hinode (Thailand) - travellers' details",
        charset="utf-8",
        body="""Dear Khun Siriporn,

Thank you for arranging the meetings at the Rayong plant. For the factory security office and
the hotel booking, please find below the details of our two travellers.

  1. Mr. Shunsuke USAMI
     Date of birth: 14 March 1972
     Passport No.: TK8820461 (Japan, expires 02 Nov 2031)

  2. Ms. SHIINA Haruka
     Date of birth: 3 Oct. 1990
     Passport No.: TR3057719 (Japan, expires 19 Jun 2029)

Arrival: TG 661, 20 July 2025, 15:35 at Suvarnabhumi.
""" + SIG_OKOCHI,
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        detectors=["personal_data"],
        note="English mail to overseas counsel with two staff members' passport numbers and birth dates",
    ),
    dict(
        id="cmp-075",
        sender="野々村 由紀 <nonomura@hinode-sangyo.co.jp>",
        to=["東海リサーチ 調査第二課 <chosa2@tokai-research.co.jp>"],
        subject="個人事業主1名の照合依頼",
        charset="cp932",
        body="""東海リサーチ 調査第二課 御中

お世話になっております。野々村です。
急ぎで1名、個人事業主の照合をお願いできますでしょうか。

　屋号：やまぶき工芸
　氏名：山吹 千鶴子（ヤマブキ チヅコ）
　生年月日：昭和33年9月2日

住所は屋号の所在地（岐阜県多治見市本町5-9）と同じと聞いています。
簡易照合（データベース検索のみ）で結構です。
""" + SIG_NONOMURA,
        expect="pass",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        detectors=["personal_data"],
        note="background check request for one sole proprietor (name, birth date): a single person, may warn",
    ),
    dict(
        id="cmp-076",
        sender="野々村 由紀 <nonomura@hinode-sangyo.co.jp>",
        to=["白川 修一 <shirakawa@shirakawa-law.jp>"],
        subject="反社チェック結果（要確認先を含む）のご相談",
        charset="iso-2022-jp",
        body="""白川先生

お世話になっております。与信管理課の野々村です。
今期の個人調査結果が出そろいました。8名中1名が「要確認」となっております。
契約締結の可否についてご意見をお願いいたします。

　氏名　　　　　　生年月日　　　　住所（市区町村まで）　　　結果
　−−−−−−−−　−−−−−−−−　−−−−−−−−−−−−　−−−−−−
　鷲尾　嘉彦　　　１９７１．０５．２０　東京都世田谷区　　　　　該当なし
　ファム・ティ・ラン　１９８８．０２．０３　大阪市生野区　　　　該当なし
　槙野　貴之　　　Ｓ５６．１１．０１　相模原市南区　　　　　　該当なし
　熊谷　すみれ　　Ｈ０２．０７．０７　埼玉県所沢市　　　　　　該当なし
　乙部　剛士　　　１９６６．１２．２５　札幌市中央区　　　　　要確認（※）
　五十嵐　徹也　　Ｓ４８．０１．１７　新潟市中央区　　　　　　該当なし
　祖父江　美智留　Ｈ０１．１２．０３　愛知県一宮市　　　　　　該当なし
　天童　研　　　　１９６２．０８．０８　山形県天童市　　　　　該当なし

※乙部氏：2009年に恐喝未遂で逮捕された旨の報道記事あり（不起訴処分）。
　現在の暴力団との関係は確認できず。
""" + SIG_NONOMURA,
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="full-width padded table of eight screened individuals with birth dates, one with an arrest record",
    ),
    dict(
        id="cmp-077",
        sender="椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>",
        to=["内部監査室 <naibu-kansa@hinode-sangyo.co.jp>"],
        subject="FW: 本人確認記録のサンプル抽出結果",
        charset="utf-8",
        body="""室内各位

監査法人に提出した本人確認記録のサンプルを共有します（監査調書への綴じ込み用）。
社外への再送付はしないでください。

椎名

-------- Forwarded Message --------
Subject: 本人確認記録のサンプル抽出結果
From: 椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>
To: 清和監査法人 井上様 <inoue.k@seiwa-kansa.jp>

取引日      顧客氏名          生年月日    確認書類     書類番号
2024/11/02  鶴見 早苗         1968/04/15  運転免許証   301507823344
2024/11/09  Aiko Fernandez    1990/09/30  旅券         TZ4417820
2024/11/21  日下部 悟         S50.1.8     運転免許証   302001457781
2024/12/05  李 美玲           1987/03/03  在留カード   UH38842106EN
2024/12/14  香坂 透           H3.6.20     旅券         MU1029384
""",
        expect="pass",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "JP_PASSPORT", "JP_RESIDENCE_CARD"],
        detectors=[],
        note="forward of a KYC list with ID numbers, but only to an internal team address",
    ),
    dict(
        id="cmp-078",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["川崎電機 法務部 長谷部様 <hasebe@kawasaki-denkl.co.jp>"],
        subject="サプライヤー行動規範 遵守確認書のご提出のお願い",
        charset="iso-2022-jp",
        body="""川崎電機株式会社
法務部 長谷部様

いつもお世話になっております。日の出産業 法務部の高瀬でございます。

当社では、2025年度より主要取引先の皆様に「サプライヤー行動規範」の遵守確認書の
ご提出をお願いしております。お手数ですが、同封の様式にご記入のうえ、
8月末までにご返送いただけますでしょうか。

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_TAKASE,
        expect="stop",
        entities=[],
        detectors=["lookalike_domain"],
        note="partner domain typed kawasaki-denkl.co.jp (l for i): look-alike",
    ),
    dict(
        id="cmp-079",
        sender="芦田 健吾 <k-ashida@hinode-sangyo.co.jp>",
        to=["戸叶先生 <tokano@shirakawa-law.com>"],
        subject="相手方の送達先について",
        charset="utf-8",
        body="""戸叶先生

お世話になっております。芦田です。
先日の件、相手方の送達先が判明しました。

  相手方：蓮見 周作
  就業場所：株式会社オオミヤ工機（さいたま市北区吉野町2-226）
  携帯：080-6120-3397

自宅への送達が不奏功の場合は、就業場所送達でお願いできればと存じます。
""" + SIG_ASHIDA,
        expect="stop",
        entities=["PERSON_NAME", "PHONE_NUMBER"],
        detectors=["lookalike_domain", "personal_data"],
        note="counsel's domain with the wrong TLD (shirakawa-law.com), carrying one person's details",
    ),
    dict(
        id="cmp-080",
        sender="野々村 由紀 <nonomura@hinode-sangyo.co.jp>",
        to=["東海リサーチ 調査第二課 <chosa2@tokai-research.co.jp>"],
        subject="RE: 【調査結果】代理店代表者6名",
        charset="cp932",
        body="""東海リサーチ 調査第二課
綿貫様

調査結果、拝受いたしました。迅速なご対応ありがとうございます。
6名とも「該当情報なし」とのこと、承知いたしました。
請求書は通常どおり月末締めでお送りください。

野々村

差出人: 綿貫 大介 <watanuki@tokai-research.co.jp>
送信日時: 2025年6月27日 金曜日 14:22
宛先: 野々村 由紀 <nonomura@hinode-sangyo.co.jp>
件名: 【調査結果】代理店代表者6名

日の出産業株式会社
野々村様

ご依頼の6名について、調査結果をご報告します。

1. 五十嵐 徹也（S48.1.17）新潟市中央区古町通七番町1010番地　該当情報なし
2. HOSHINO Reika（1985.10.02）東京都練馬区石神井町3-21-6　該当情報なし
3. 蔵之介 源（S59.3.11）京都市左京区北白川西町74　該当情報なし
4. 祖父江 美智留（H1.12.3）愛知県一宮市本町2丁目5-8　該当情報なし
5. 比嘉 カルロス（1979/6/28）沖縄県那覇市おもろまち4-3-1-1504　該当情報なし
6. 天童 研（1962/8/8）山形県天童市老野森一丁目3番28号　該当情報なし

東海リサーチ株式会社 調査第二課 綿貫
""",
        expect="pass",
        entities=[],
        detectors=[],
        note="reply: the screening list sits under the Outlook 差出人/送信日時 header, quoted from the recipient",
    ),
]

MESSAGES += [
    dict(
        id="cmp-081",
        sender="宇佐美 俊介 <usami@hinode-sangyo.co.jp>",
        to=["白川 修一 先生 <shirakawa@shirakawa-law.jp>"],
        subject="更衣室盗撮事案：被害者の範囲について",
        charset="iso-2022-jp",
        body="""白川先生

お世話になっております。宇佐美です。
福岡営業所の女子更衣室で発見された小型カメラの件、福岡県警から
押収データの確認結果について連絡がありました。撮影が確認された社員は次の5名です。

　・溝口 朋美さん（営業事務）
　・猪俣 あずささん（営業事務）
　・Kim Soyeon さん（キム・ソヨン、派遣社員）
　・鶴田 里奈さん（経理）
　・波多江 真由さん（総務、今年4月入社）

5名とも被害届の提出意向を示しています。逮捕された元社員（清掃委託先の従業員ではなく
当社の元嘱託社員）との間の示談の申入れについて、会社としての関与の仕方をご相談させてください。
被害者への説明会は7月4日を予定しております。
""" + SIG_USAMI,
        expect="stop",
        entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="five named employees identified as victims of voyeurism (crime victims): 要配慮, to counsel",
    ),
    dict(
        id="cmp-082",
        sender="宇佐美 俊介 <usami@hinode-sangyo.co.jp>",
        to=["コトバPR 榎本様 <enomoto@kotoba-pr.co.jp>"],
        subject="公表文（案）のご確認",
        charset="utf-8",
        body="""榎本様

お世話になっております。宇佐美です。
購買部案件の公表文の当社案です。表現面でご助言をいただけますと幸いです。

――――――――――――――――――――
当社における不適切な取引に関するお知らせ

当社は、当社購買部の一部社員が特定の取引先から不適切な便宜供与を受けていた疑いがあることを
把握し、外部の弁護士及び公認会計士を含む調査委員会を設置して調査を進めてまいりました。
調査の結果、当該社員が取引先の費用負担による会食に複数回参加していたこと、
社内規程に定める相見積の手続が一部省略されていたことが判明いたしました。

当社は、関係者に対し社内規程に基づき厳正に対処するとともに、再発防止策を講じてまいります。
関係者の皆様に多大なるご心配とご迷惑をおかけしましたことを深くお詫び申し上げます。
――――――――――――――――――――

公表日は7月下旬を予定しております。
""" + SIG_USAMI,
        expect="pass",
        entities=[],
        detectors=[],
        note="press-release draft about the investigation: no names, no marking",
    ),
    dict(
        id="cmp-083",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["水無瀬先生 <minase@shirakawa-law.jp>"],
        subject="職場での勧誘に関する申告への対応",
        charset="cp932",
        body="""水無瀬先生

お世話になっております。高瀬です。
次のような申告があり、対応に苦慮しておりますのでご相談させてください。

経理部の社員数名から、同じ部の 若狭 千里（わかさ ちさと）さんが、特定の宗教団体
（○○会）の信者であり、昼休みや終業後に部員を集会に誘っている、断ると態度が冷たくなる、
との申告がありました。若狭さん本人は「信仰の話をしただけで、強制はしていない」と
話しているとのことです。

信教の自由との関係で、会社としてどこまで注意・指導できるのか、また申告者への
フィードバックの範囲についてご助言をお願いいたします。
""" + SIG_TAKASE,
        expect="stop",
        entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="a named employee's religious affiliation in a harassment complaint: 信条 is 要配慮",
    ),
    dict(
        id="cmp-084",
        sender="大河内 涼 <okochi.ryo@hinode-sangyo.co.jp>",
        to=["白川 修一 <shirakawa@shirakawa-law.jp>", "ツバサシステム 保守窓口 <support@tsubasa-system.jp>"],
        subject="メールサーバのログ保全について（打合せのお願い）",
        charset="iso-2022-jp",
        body="""白川先生
ツバサシステム株式会社 保守ご担当者様

お世話になっております。日の出産業 法務部の大河内です。

調査の一環として、オンプレミスのメールゲートウェイのログ（2021年4月以降）を
保全する必要が生じました。保全の方法と証拠としての適格性について、
白川先生とツバサシステム様を交えて一度お打合せをさせていただけますでしょうか。

候補日：7月7日（月）14時〜、7月8日（火）16時〜
場所：当社 本社8階 または Teams

よろしくお願いいたします。
""" + SIG_OKOCHI + "\n" + DISCLAIMER_JA,
        expect="pass",
        entities=[],
        detectors=["multiple_external_domains"],
        note="meeting request to counsel and the IT vendor: two partner organisations in To, ordinary",
    ),
    dict(
        id="cmp-085",
        sender="宇佐美 俊介 <usami@hinode-sangyo.co.jp>",
        to=["白川 修一 <shirakawa@shirakawa-law.jp>"],
        cc=["羽生 <hanyu@meisei-fas.co.jp>", "牧原 <makihara@tokyo-investigation.jp>", "須賀 <suga@lexdata.jp>"],
        subject="調査スケジュールの変更について",
        charset="utf-8",
        body="""白川先生
（cc：明星FAS 羽生様、東京インベスティゲーション 牧原様、レックスデータ 須賀様）

お世話になっております。日の出産業の宇佐美です。
取締役会の日程変更に伴い、調査全体のスケジュールを以下のとおり変更いたします。

  ・一次レビュー完了：7月18日 → 7月25日
  ・B社訪問調査　　　：7月15日 → 7月22日
  ・最終報告書ドラフト：8月8日 → 8月22日
  ・取締役会報告　　：8月28日

各社様におかれましては、作業計画の見直しをお願いいたします。
""" + SIG_USAMI,
        expect="stop",
        entities=[],
        detectors=["external_recipients_visible", "multiple_external_domains"],
        note="four external organisations (counsel, forensic, investigator, e-discovery) visible to each other in To/Cc",
    ),
    dict(
        id="cmp-086",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["白川 修一 <shirakawa@shirakawa-law.jp>", "水無瀬 綾 <minase@shirakawa-law.jp>", "戸叶 <tokano@shirakawa-law.jp>"],
        subject="顧問契約の更新について",
        charset="iso-2022-jp",
        body="""白川先生、水無瀬先生、戸叶先生

いつもお世話になっております。日の出産業 法務部の高瀬でございます。

顧問契約の更新時期（9月末）が近づいてまいりましたので、ご連絡いたしました。
来期につきましても、現行と同条件での更新をお願いしたく存じます。
契約書の更新版は事務局様よりお送りいただけますと幸いです。

また、来期は海外子会社案件のご相談が増える見込みです。
英文契約のレビュー体制についても、次回のお打合せでご相談させてください。
""" + SIG_TAKASE,
        expect="pass",
        entities=[],
        detectors=[],
        note="three lawyers of the same firm in To: one external organisation",
    ),
    dict(
        id="cmp-087",
        sender="千早 亮介 <chihaya@hinode-sangyo.co.jp>",
        to=["橘 先生 <tachibana@tachibana-cpa.jp>"],
        subject="取締役会資料（コンプライアンス報告）",
        charset="cp932",
        body="""橘先生

お世話になっております。千早です。
7月度取締役会のコンプライアンス報告資料（PowerPoint）をお送りいたします。
個別案件は番号のみで記載しており、関係者の氏名は含めておりません。

ご質問等ございましたら、事前にお知らせいただけますと幸いです。
千早""",
        attachments=[dict(
            kind="pptx", name="取締役会_コンプライアンス報告_202507.pptx",
            slides=[
                ["コンプライアンス報告（2025年7月）", "コンプライアンス推進室", "2025年7月24日 取締役会"],
                ["内部通報の状況（4月〜6月）", "受付 16件（前年同期 11件）", "ハラスメント 7件／労務 4件／取引関係 3件／その他 2件", "外部窓口経由 5件"],
                ["主な案件の進捗", "HL-2025-031：警察の捜査状況を踏まえ対応中", "HL-2025-038：事実確認中", "購買部案件：調査委員会にて調査中（8月報告予定）"],
                ["研修実施状況", "e-ラーニング受講率 94.1%", "管理職ハラスメント研修 91名受講"],
            ],
        )],
        expect="pass",
        entities=[],
        detectors=[],
        note="board slides to an outside director with case numbers and counts only, no names, no marking",
    ),
    dict(
        id="cmp-088",
        sender="千早 亮介 <chihaya@hinode-sangyo.co.jp>",
        to=["水無瀬 綾 先生 <minase@shirakawa-law.jp>"],
        subject="通報メールの転送（添付）",
        charset="utf-8",
        body="""水無瀬先生

お世話になっております。千早です。
本日、社内窓口に届いた通報メールを、原文のまま添付にて転送いたします。
通報者は外部窓口での対応を希望しています。

千早""",
        attachments=[dict(
            kind="eml", name="通報メール_0627.eml",
            message=dict(
                sender="宍倉 穂乃香 <honoka.shishikura@outlook.jp>",
                to=["hotline@hinode-sangyo.co.jp"],
                subject="大阪支店での出来事について",
                charset="utf-8",
                body="""内部通報窓口ご担当者様

大阪支店営業課の宍倉穂乃香です。
6月20日の歓送迎会の後、同じ課の浪江 大地さんに送ってもらった際、
自宅マンションの前で無理やり抱きつかれキスをされました。
怖くて翌日は会社を休み、6月23日に曽根崎警察署に相談して被害届を出しました。
いまは浪江さんと同じフロアにいるのがつらく、席を離していただきたいです。

連絡は携帯（080-3955-8821）か、このアドレスにお願いします。
""",
            ),
        )],
        expect="stop",
        entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="attached .eml: an employee's report of a sexual assault (crime victim) with her mobile, forwarded to counsel",
    ),
    dict(
        id="cmp-089",
        sender="椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>",
        to=["羽生 <hanyu@meisei-fas.co.jp>"],
        subject="FW: 三者定例 会場変更のお知らせ",
        charset="iso-2022-jp",
        body="""羽生様

白川法律事務所から会場変更の連絡がありましたので、添付のとおり転送いたします。
お手数ですがご確認ください。

椎名""",
        attachments=[dict(
            kind="eml", name="会場変更のお知らせ.eml",
            message=dict(
                sender="白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>",
                to=["shiina.haruka@hinode-sangyo.co.jp"],
                subject="三者定例 会場変更のお知らせ",
                charset="iso-2022-jp",
                body="""日の出産業株式会社
椎名様

いつもお世話になっております。白川法律事務所 事務局でございます。
7月8日（火）の三者定例につきまして、会議室Bが使用できなくなったため、
同フロアの会議室Dに変更させていただきます。時間に変更はございません。

白川法律事務所 事務局
〒102-0083 東京都千代田区麹町3-2-5 麹町スクエア6F
TEL 03-3221-8800
""",
            ),
        )],
        expect="pass",
        entities=[],
        detectors=[],
        note="forwarded .eml of counsel's room change: office contacts only, no personal data",
    ),
    dict(
        id="cmp-090",
        sender="大河内 涼 <okochi.ryo@hinode-sangyo.co.jp>",
        to=["須賀 <suga@lexdata.jp>"],
        subject="私用アドレス宛て送信の集計（ドメイン除外リスト用）",
        charset="utf-8",
        body="""須賀様

大河内です。
私用アドレス宛ての送信件数を集計したCSVをお送りします。
次回のキーワード検索では、このアドレスを含むメールを優先レビューの対象にしてください。

大河内""",
        attachments=[dict(
            kind="csv", name="private_address_counts.csv", encoding="utf-8-sig",
            rows=[
                ["宛先アドレス", "送信件数", "初回送信日", "最終送信日", "添付あり件数"],
                ["kuga.shin1975@yahoo.co.jp", "37", "2022-06-14", "2025-03-28", "21"],
                ["chihiro.h.0312@icloud.com", "12", "2023-01-09", "2024-12-20", "9"],
                ["yukari-kito@outlook.jp", "5", "2024-04-11", "2024-10-02", "5"],
                ["tomi.haru@docomo.ne.jp", "18", "2021-11-30", "2025-02-14", "11"],
                ["m.teshigawara.home@gmail.com", "44", "2021-04-05", "2025-04-30", "40"],
                ["t.monma77@ezweb.ne.jp", "3", "2024-07-15", "2024-07-19", "3"],
                ["dmitri.ogawa@gmail.com", "26", "2022-09-01", "2025-01-31", "17"],
                ["nishina.misato@softbank.ne.jp", "2", "2025-02-03", "2025-02-03", "1"],
                ["haruomi.t.osaka@gmail.com", "9", "2024-10-21", "2025-03-12", "6"],
            ]),
        ],
        expect="stop",
        entities=["EMAIL_ADDRESS"],
        detectors=["personal_data"],
        note="CSV of nine private e-mail addresses of employees with counts, no name column",
    ),
]

MESSAGES += [
    dict(
        id="cmp-091",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["コトバPR 榎本様 <enomoto@kotoba-pr.co.jp>"],
        subject="社内報掲載用：顧問法律事務所・相談窓口の一覧",
        charset="iso-2022-jp",
        html="""<html><head><meta charset="iso-2022-jp"></head><body>
<p>榎本様</p>
<p>お世話になっております。日の出産業 法務部の高瀬です。<br>
社内報8月号の「困ったときの相談先」ページに掲載する一覧です。レイアウトをお願いいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<thead><tr><th>窓口</th><th>名称</th><th>所在地</th><th>電話（代表）</th><th>受付時間</th></tr></thead>
<tbody>
<tr><td>外部通報窓口</td><td>白川法律事務所</td><td>東京都千代田区麹町3-2-5 麹町スクエア6F</td><td>03-3221-8800</td><td>平日 9:30〜17:30</td></tr>
<tr><td>関西の法律相談</td><td>弁護士法人みなと総合 大阪事務所</td><td>大阪市北区西天満4-6-18</td><td>06-6364-2200</td><td>平日 9:00〜18:00</td></tr>
<tr><td>労務相談</td><td>木下社会保険労務士事務所</td><td>東京都港区新橋5-11-3 新橋住友ビル4F</td><td>03-5408-3316</td><td>平日 10:00〜17:00</td></tr>
<tr><td>メンタルヘルス相談</td><td>こころケア相談センター（EAP）</td><td>東京都新宿区西新宿6-14-1</td><td>0120-556-871</td><td>24時間</td></tr>
<tr><td>社内窓口</td><td>コンプライアンス推進室</td><td>本社8階</td><td>03-5401-7755</td><td>平日 9:00〜17:30</td></tr>
</tbody></table>
<p>以上、よろしくお願いいたします。</p>
<p>日の出産業株式会社 法務部 高瀬 真理子<br>TEL 03-5401-7720</p>
</body></html>""",
        expect="pass",
        entities=[],
        detectors=[],
        note="HTML-only table of law firms and counselling offices (switchboards): a list of businesses",
    ),
    dict(
        id="cmp-092",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["錦印刷 総務部 <soumu@nishiki-insatsu.co.jp>"],
        subject="秘密保持契約の締結状況について",
        charset="cp932",
        body="""錦印刷株式会社
総務部 御中

お世話になっております。日の出産業 法務部の高瀬です。
グループ各社と貴社との秘密保持契約（NDA）の締結状況を確認いたしました。
更新が必要なものがございますので、ご確認をお願いいたします。

契約当事者（当社側）        締結日        有効期限      状況
--------------------------  ------------  ------------  ----------------
日の出産業株式会社          2020/04/01    2025/03/31    期限切れ（要更新）
日の出ロジスティクス㈱      2022/10/01    2025/09/30    更新手続中
日の出ファシリティーズ㈱    2023/04/01    2026/03/31    有効
日の出アグリ㈱              2021/07/01    2024/06/30    期限切れ（取引終了）
ひので住設㈱                2024/01/15    2027/01/14    有効

期限切れの1件につきましては、当社ひな形での再締結をお願いしたく、
追ってドラフトをお送りいたします。
""" + SIG_TAKASE,
        expect="pass",
        entities=[],
        detectors=[],
        note="NDA status table by group company: mail about NDAs, companies not people",
    ),
    dict(
        id="cmp-093",
        sender="椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>",
        to=["水無瀬 綾 <minase@shirakawa-law.jp>"],
        subject="桧山さん面談メモ（補足）",
        charset="utf-8",
        body="""水無瀬先生

お世話になっております。椎名です。
本日の桧山 千尋さんとの面談について、記録に残していない点を補足します。

面談の終盤、桧山さんは「この件が始まってからほとんど眠れておらず、
心療内科に行こうか迷っている」と話していました。
次回の面談は、本人の様子を見て間隔を空けたほうがよいかもしれません。
産業医との面談を勧めるかどうかもご意見をいただければと思います。

椎名""",
        expect="either",
        entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="named employee's remark about insomnia and considering a clinic: no diagnosis, borderline health data",
    ),
    dict(
        id="cmp-094",
        sender="芦田 健吾 <k-ashida@hinode-sangyo.co.jp>",
        to=["みなと総合法律事務所 債権回収チーム <kaishu@minato-sogo-law.jp>"],
        subject="受任通知送付先（５件）",
        charset="iso-2022-jp",
        body="""みなと総合法律事務所
債権回収チーム　御中

いつもお世話になっております。日の出産業　債権管理グループの芦田でございます。
先般ご相談の件、受任通知の送付先５件を下記にまとめました。

【１】
　氏名　　小野寺　寛治（おのでら　かんじ）
　生年月日　昭和４２年６月１８日
　住所　　宮城県石巻市中央二丁目８番３号
　電話　　０９０−３３１４−２８０７
　債権額　　４２８，０００円

【２】
　氏名　　金　賢洙（ＫＩＭ　ＨＹＥＯＮＳＯＯ）
　生年月日　Ｓ６０．１．２２
　住所　　東京都荒川区東日暮里五丁目４１番８号　ＫＤビル３０２
　電話　　０７０−２０９８−４４６３
　債権額　　１，０５０，０００円

【３】
　氏名　　二階堂　明
　生年月日　昭和５１年１１月３日
　住所　　東京都墨田区向島３−３３−１５
　電話　　０３−５９８７−２２０６
　債権額　　１９６，５００円

【４】
　氏名　　鹿島田　勝
　生年月日　Ｈ２．２．２８
　住所　　埼玉県上尾市柏座１−１０−２４　パークサイド上尾７０１
　電話　　０４８−７７２−５０９１
　債権額　　７３２，２００円

【５】
　氏名　　広瀬　美樹（ヒロセ　ミキ）
　生年月日　１９８８年４月９日
　住所　　千葉県柏市柏四丁目５番１０号
　電話　　０８０−６６０２−１１３９
　債権額　　３１０，０００円

ご不明点がございましたら、ご連絡ください。
""" + SIG_ASHIDA,
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="five debtor blocks in full-width digits with 和暦 birth dates, addresses and phones to a law firm",
    ),
    dict(
        id="cmp-095",
        sender="大河内 涼 <okochi.ryo@hinode-sangyo.co.jp>",
        to=["戸叶先生 <tokano@shirakawa-law.jp>"],
        subject="リーガルホールド通知書（ひな形）のレビュー依頼",
        charset="cp932",
        body="""戸叶先生

お世話になっております。法務部の大河内です。
社内向けのリーガルホールド通知書のひな形を作成しました。
文言についてご確認いただけますでしょうか。

========================================
　　　　　文書保全のお願い（リーガルホールド通知）

〇〇部　〇〇 〇〇 様

当社は現在、〇〇に関する紛争（以下「本件」）に関連して、
関係資料を保全する法的義務を負っています。
あなたは本件に関連する資料を保有している可能性があるため、
本通知の受領日以降、次の資料を削除・廃棄・改変しないでください。

　・電子メール（私用アドレスへ転送したものを含む）
　・チャット、共有フォルダ上のファイル
　・紙の資料、手帳、メモ

本通知は法務部から解除の連絡があるまで有効です。
ご不明な点は法務部（内線 4431）までお問い合わせください。
========================================

よろしくお願いいたします。
大河内""",
        expect="pass",
        entities=[],
        detectors=[],
        note="legal-hold notice template with placeholders: no person",
    ),
    dict(
        id="cmp-096",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["水無瀬 綾 <minase@shirakawa-law.jp>"],
        subject="ハラスメント事案 過去記録一式",
        charset="cp932",
        body="""水無瀬先生

お世話になっております。高瀬です。
先日ご依頼いただいた、過去3年間のハラスメント事案の記録一式をZIPでお送りします。
中身は一覧表（CSV）と、処分に至った事案の経過メモ（Word）です。

よろしくお願いいたします。
""" + SIG_TAKASE,
        attachments=[dict(
            kind="zip", name="ハラスメント事案記録_2022-2024.zip",
            files=[
                dict(
                    kind="csv", name="事案一覧.csv", encoding="cp932",
                    rows=[
                        ["受付日", "申告者", "行為者", "類型", "認定", "措置"],
                        ["2022/05/10", "杉浦 茜", "伊集院 剛", "パワハラ", "認定", "出勤停止7日"],
                        ["2022/11/02", "匿名", "榊原 浩一", "パワハラ", "一部認定", "厳重注意"],
                        ["2023/03/17", "大滝 莉子", "三宅 隼", "セクハラ", "認定", "けん責・異動"],
                        ["2023/09/25", "Ha Thu（ハ・トゥ）", "鵜飼 正義", "パワハラ", "非認定", "指導"],
                        ["2024/02/08", "真島 奏", "八雲 直樹", "パワハラ", "調査中", "-"],
                        ["2024/06/30", "汐見 悠人", "八雲 直樹", "パワハラ", "認定", "降格（予定）"],
                        ["2024/10/14", "栗林 心", "伏見 亘", "マタハラ", "認定", "けん責"],
                    ]),
                dict(
                    kind="docx", name="経過メモ_2023-03-17.docx",
                    paragraphs=[
                        "事案経過メモ（2023年3月17日受付）",
                        "申告者：大滝 莉子（経理部）　行為者：三宅 隼（経理部 係長）",
                        "3月17日　申告者から窓口に相談。飲み会の席で繰り返し容姿に関する発言、LINEで私的な誘い。",
                        "3月24日　行為者ヒアリング。発言の一部を認める。",
                        "4月10日　懲戒委員会。けん責及び大阪支店への異動。",
                    ]),
            ],
        )],
        expect="stop",
        entities=["PERSON_NAME"],
        detectors=["personal_data"],
        note="ZIP (no password) with a CSV of seven harassment cases naming complainants and accused, plus a case memo",
    ),
    dict(
        id="cmp-097",
        sender="椎名 遥 <shiina.haruka@hinode-sangyo.co.jp>",
        to=["宇佐美 俊介 <usami@hinode-sangyo.co.jp>", "大阪支店 総務課 <osaka-soumu@hinode-sangyo.co.jp>"],
        subject="7/9-10 大阪ヒアリング 会議室・連絡先",
        charset="iso-2022-jp",
        body="""宇佐美さん
大阪支店総務課 各位

お疲れさまです。内部監査室の椎名です。
7/9〜10の大阪支店でのヒアリングについて、会議室の確保と当日の呼出しをお願いします。
呼出しは内線で、つながらない場合は以下の携帯にお願いします。

　7/9 10:00　八雲 直樹　　　090-6214-3308
　7/9 11:30　汐見 悠人　　　090-2736-5518
　7/9 14:00　榊原 浩一　　　080-7701-2264
　7/9 15:30　Angela Moriya　070-4428-9116
　7/10 10:00　浪江 大地　　 090-1183-6047
　7/10 11:00　宍倉 穂乃香　 080-3955-8821
　7/10 13:30　阿久津 秀明　 090-9062-5130

会議室は5階の小会議室（外から中が見えない部屋）でお願いします。
椎名""",
        expect="pass",
        entities=["PERSON_NAME", "PHONE_NUMBER"],
        detectors=[],
        note="seven employees' mobiles in an interview schedule, but all recipients are internal",
    ),
    dict(
        id="cmp-098",
        sender="高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        to=["戸叶先生 <tokano@shirakawa-law.jp>"],
        subject="相手方提出の陳述書（甲第12号証）について",
        charset="utf-8",
        body="""戸叶先生

お世話になっております。高瀬です。
相手方から提出された陳述書の内容に、事実と異なる点がありますので当社の認識をお伝えします。
念のため、陳述書の冒頭部分を以下に書き起こしました。

――――――――
陳述書

住所　東京都板橋区大山町４８番３号 レジデンス大山６０２
氏名　越智 隆之介
昭和６２年５月９日生

１　私は、平成２２年４月に日の出産業株式会社に入社し、物流管理課に配属されました。
２　令和５年秋頃から上司の叱責が続き、令和６年１月に双極性障害と診断され、
　　以後、精神科への通院と服薬を続けています。
――――――――

当社としては、2の「叱責が続き」という点について、記録上確認できるのは2回の指導のみです。
反論の準備書面でこの点を争うかどうか、ご相談させてください。
""" + SIG_TAKASE,
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="transcribed witness statement: former employee's address, birth date and psychiatric diagnosis (要配慮)",
    ),
    dict(
        id="cmp-099",
        sender="Ryo Okochi <okochi.ryo@hinode-sangyo.co.jp>",
        to=["Eleanor Whitfield <e.whitfield@harlow-finch.com>"],
        subject="Cross-border transfer of investigation data under APPI",
        charset="iso-2022-jp",
        body="""Dear Eleanor,

Thank you for your questions on the transfer of investigation materials from Japan to the UK.

In short, under the Act on the Protection of Personal Information (APPI):

1. Transfers of personal data to a third party in a foreign country generally require the
   data subject's prior consent, unless the recipient maintains a system equivalent to APPI
   standards or the country is recognised by the PPC (the UK is not on the list, but the
   engagement terms may satisfy the "equivalent system" route).
2. "Special care-required personal information" (e.g. medical history, criminal records,
   the fact of having been a victim of a crime, creed) cannot be obtained without consent,
   save for statutory exceptions. We will therefore redact such information from the
   interview summaries before sharing them with your team.
3. We will keep a record of each transfer (date, recipient, categories of data).

We propose to share anonymised summaries first, and named documents only where strictly
necessary. Happy to discuss on our call on Wednesday.
""" + SIG_OKOCHI + "\n" + DISCLAIMER_EN,
        expect="pass",
        entities=[],
        detectors=[],
        note="English explanation of APPI transfer rules naming sensitive categories in general, no person",
    ),
    dict(
        id="cmp-100",
        sender="大河内 涼 <okochi.ryo@hinode-sangyo.co.jp>",
        to=["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
        subject="貴事務所を装った不審メールについて（ご連絡）",
        charset="cp932",
        body="""白川法律事務所 事務局 御中

お世話になっております。日の出産業 法務部の大河内です。

本日、当社の複数の社員宛てに、貴事務所の名義で「請求書のご確認」という件名の
メールが届きました。差出人のドメインが「shirakawa-1aw.jp」「shirakawa-law.co」と
なっており、正規の shirakawa-law.jp とは異なることから、なりすましと判断しております。

当社では該当ドメインを受信拒否に設定し、全社に注意喚起を行いました。
念のため、貴事務所でも同様の事象が起きていないかご確認いただけますと幸いです。

よろしくお願いいたします。
大河内
法務部（内線 4431）""",
        expect="pass",
        entities=[],
        detectors=[],
        note="mail to the genuine counsel domain that only mentions look-alike domains in its text",
    ),
]
