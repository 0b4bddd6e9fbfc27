"""ブラインド評価コーパス — 業務領域: hojincard（経理部・財務課の法人カードと経費精算）

法人カードの発行・再発行、利用明細、立替精算、カード会社、経費精算システムのベンダー、
出張手配デスク、立替金振込のための社員の銀行口座、などの社外・社内メール 100 通。

AREA = hojincard, SEED = 29201
マイナンバーは my_number(SEED + k)、カード番号は card_number(SEED + k) のみで生成する
（k は番号ごとに別の値: 0, 1, 2, …）。
"""

from build import card_number, my_number

SEED = 29201


def _mn(k: int, sep: str = "") -> str:
    n = my_number(SEED + k)
    return sep.join((n[0:4], n[4:8], n[8:12])) if sep else n


def _cc(k: int, sep: str = "") -> str:
    n = card_number(SEED + k)
    return sep.join((n[0:4], n[4:8], n[8:12], n[12:16])) if sep else n


_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s: str) -> str:
    """半角数字を全角に（手入力のメールによくある形）。"""
    return s.translate(_FW)


def _corp_no(base12: str) -> str:
    """法人番号（13桁、先頭が検査用数字）。"""
    total = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base12), start=1))
    return str(9 - total % 9) + base12


# -- 署名（送信者本人のもの: entities には数えない） -----------------------------------------

SIG_TAKANASHI = """
――――――――――――――――――――――
日の出産業株式会社　経理部 財務課（法人カード窓口）
高梨 美穂　Miho Takanashi
〒104-0032 東京都中央区八丁堀2-14-7 日の出ビル5F
TEL 03-5543-2101（代）　内線 3412
Mail takanashi.miho@hinode-sangyo.co.jp
――――――――――――――――――――――"""

SIG_ONODERA = """
====================================
日の出産業株式会社
経理部 精算グループ　小野寺 健
TEL: 03-5543-2105 / FAX: 03-5543-2190
onodera.ken@hinode-sangyo.co.jp
===================================="""

SIG_IMAIZUMI = """
-----------------------------------------
日の出産業株式会社 総務部 総務課
出張手配デスク　今泉 沙織（いまいずみ さおり）
〒104-0032 東京都中央区八丁堀2-14-7
直通 03-5543-2130　携帯 080-5521-3307（業務用）
-----------------------------------------"""

SIG_MITARAI = """
--
日の出産業株式会社
執行役員 経理部長　御手洗 博之
TEL 03-5543-2100"""

SIG_SAKAKIBARA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 情報システム部 業務システム課
榊原 翔太（Shota Sakakibara）
TEL 03-5543-2260（内線 6021）
sakakibara.shota@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_NAKASONE = """
_____________________________________
日の出産業株式会社　経理部 精算グループ
仲宗根 由香（なかそね ゆか）
〒104-0032 東京都中央区八丁堀2-14-7 日の出ビル5F
TEL 03-5543-2106　FAX 03-5543-2190
_____________________________________"""

SIG_DOBASHI = """
─────────────────
日の出産業株式会社 大阪支店 業務課
土橋 亮
〒530-0001 大阪府大阪市北区梅田3-4-18 梅田NKビル9F
TEL 06-6345-7781
─────────────────"""

SIG_MATSUDA = """
Best regards,

Kevin Matsuda
Overseas Business Division / Finance Liaison
Hinode Sangyo Co., Ltd.
2-14-7 Hatchobori, Chuo-ku, Tokyo 104-0032, Japan
Tel: +81-3-5543-2301
kevin.matsuda@hinode-sangyo.co.jp"""

SIG_AIMONO = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 経理部 財務課
四十物 千尋（あいもの ちひろ）
TEL 03-5543-2103 ／ 内線 3418
━━━━━━━━━━━━━━━━━━━━"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""


MESSAGES: list[dict] = []

# ========================================================================================
# STOP — 人の一覧（5名以上）
# ========================================================================================

MESSAGES.append({
    "id": "hojincard-001",
    "charset": "iso-2022-jp",
    "sender": "高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>",
    "to": ["村越 様 <murakoshi.t@hikari-card.co.jp>"],
    "cc": ["keiri-card@hinode-sangyo.co.jp"],
    "subject": "法人カード追加発行のお願い（営業本部 6名分）",
    "body": """ひかりカード株式会社
法人営業部　村越様

いつもお世話になっております。日の出産業の高梨でございます。

先日ご相談いたしました法人カード（コーポレートゴールド）の追加発行につきまして、
10月1日付の組織変更に伴い、営業本部より下記6名分の発行をお願いしたく存じます。
申込書の原本は本日レターパックにてお送りしましたが、先行して審査を進めて
いただけるとのことでしたので、使用者情報を以下に記載いたします。

No  氏名            ローマ字表記           生年月日      携帯電話
--  --------------  ---------------------  ------------  -------------
 1  藤ヶ谷 直樹     FUJIGAYA NAOKI         1984/06/12    090-4418-2203
 2  東海林 真由     SHOJI MAYU             1991/11/03    080-2231-7745
 3  五十嵐 拓海     IGARASHI TAKUMI        1979/02/27    070-6652-0918
 4  百瀬 かおり     MOMOSE KAORI           1988/09/15    090-7730-4126
 5  勅使河原 悟     TESHIGAWARA SATORU     1975/04/08    080-9914-3357
 6  比嘉 彩乃       HIGA AYANO             1996/12/21    070-3386-5502

利用限度額はいずれも月額50万円、引落口座は既存の法人口座でお願いいたします。
カードの送付先は従来どおり本社経理部宛てでお願いします。

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願い申し上げます。
""" + SIG_TAKANASHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "6名の氏名・生年月日・携帯の一覧（空白揃え）をカード会社へ",
})

MESSAGES.append({
    "id": "hojincard-002",
    "charset": "shift_jis",
    "sender": "仲宗根 由香 <nakasone.yuka@hinode-sangyo.co.jp>",
    "to": ["EBサポートデスク <eb-support@midori-ginko.co.jp>"],
    "subject": "【照会】総合振込 10/25実行分の振込不能について",
    "body": """みどり銀行 法人ソリューション部
EBサポートデスク 御中

いつも大変お世話になっております。
日の出産業株式会社 経理部の仲宗根と申します。

10月25日実行の総合振込（立替精算金のお支払い）のうち、下記7件が振込不能として
返却されたとの通知を受領いたしました。
社内で確認したところ、一部は口座情報の登録誤りと思われますが、
「取扱不能（その他）」となっているものについて理由をご教示いただけますでしょうか。

社員番号\t受取人名\t金融機関\t支店\t種目\t口座番号\t金額\t返却理由
H10231\tｻﾒｼﾞﾏ ｹﾝﾀﾛｳ\t東都銀行\t神田支店\t普通\t3318204\t48,260\t口座なし
H10477\tｱｲﾊﾗ ﾅﾂｷ\tひまわり信用金庫\t本店営業部\t普通\t0712956\t12,400\t名義相違
H10512\tﾄｸﾅｶﾞ ｼｭﾝｽｹ\tみどり銀行\t渋谷支店\t普通\t5520871\t103,880\t取扱不能(その他)
H10588\tﾖﾈｸﾗ ﾐｻｷ\tさざなみ銀行\t横浜駅前支店\t当座\t0098145\t7,650\t口座なし
H10603\tｶﾈｼﾛ ﾘｮｳﾀ\t北辰銀行\t札幌中央支店\t普通\t2204639\t31,020\t名義相違
H10719\tｳﾙｼﾊﾞﾗ ｱﾔ\tみどり銀行\t新宿西口支店\t普通\t6650123\t15,990\t取扱不能(その他)
H10804\tﾊｾｶﾞﾜ ﾀｸﾔ\t若葉信用組合\t本所\t普通\t0044817\t56,300\t口座なし

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_NAKASONE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "社員7名の振込口座（タブ区切り）を銀行へ送付",
})

MESSAGES.append({
    "id": "hojincard-003",
    "charset": "utf-8",
    "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
    "to": ["あおぞらトラベル 法人デスク <corp-desk@aozora-travel.co.jp>"],
    "subject": "大阪出張（11/12〜11/14 展示会）の手配依頼",
    "body": """あおぞらトラベル株式会社
法人営業センター ご担当者様

いつもお世話になっております。日の出産業 総務部の今泉です。

インテックス大阪での展示会出展にあたり、新幹線と宿泊の手配をお願いいたします。
往路：11/12（水）東京 7:00台発 のぞみ
復路：11/14（金）新大阪 18:00以降発 のぞみ
宿泊：会場近くのビジネスホテル シングル2泊（朝食付き）

出張者は以下の5名です。当日の連絡用に携帯番号も記載しております。

・営業一課　鮫島 健太郎（サメジマ ケンタロウ）　携帯 090-1187-6620　samejima.kentaro@hinode-sangyo.co.jp
・営業一課　相原 夏希（アイハラ ナツキ）　携帯 080-4402-9183　aihara.natsuki@hinode-sangyo.co.jp
・営業二課　徳永 俊介（トクナガ シュンスケ）　携帯 070-2290-4471　tokunaga.shunsuke@hinode-sangyo.co.jp
・技術部　　米倉 美咲（ヨネクラ ミサキ）　携帯 090-6315-0827　yonekura.misaki@hinode-sangyo.co.jp
・技術部　　金城 亮太（カネシロ リョウタ）　携帯 080-7758-2064　kaneshiro.ryota@hinode-sangyo.co.jp

費用は従来どおり法人カード（総務部名義）での決済でお願いします。
見積が出ましたらご連絡ください。
""" + SIG_IMAIZUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "出張者5名の氏名・携帯・メールを「・」箇条書きで旅行会社へ",
})

MESSAGES.append({
    "id": "hojincard-004",
    "charset": "cp932",
    "sender": "四十物 千尋 <aimono.chihiro@hinode-sangyo.co.jp>",
    "to": ["コーポレートカード事業部 <corporate@astera-card.jp>"],
    "subject": "使用者追加登録（カード送付先：自宅）について",
    "body": """アステラカード株式会社
コーポレートカード事業部 御中

平素より大変お世話になっております。
日の出産業株式会社 経理部の四十物（あいもの）でございます。

在宅勤務者向けに、法人カードを自宅へ直接送付いただく運用をご提案いただき
ありがとうございました。初回として、以下5名の使用者追加をお願いいたします。

【１】
氏名　　：　丹羽　光太郎（ニワ　コウタロウ）
生年月日：　昭和５８年４月２日
送付先　：　〒１５４－００１５　東京都世田谷区桜新町２－１８－５
電話　　：　０９０－３３０８－１７４２

【２】
氏名　　：　上遠野　葵（カドノ　アオイ）
生年月日：　平成３年１１月３日
送付先　：　〒２１１－００２５　神奈川県川崎市中原区木月３－７－１２　コーポ木月２０３
電話　　：　０８０－６１２４－９９０５

【３】
氏名　　：　宇佐美　誠（ウサミ　マコト）
生年月日：　昭和４９年７月２９日
送付先　：　〒３３０－００６１　埼玉県さいたま市浦和区常盤６－４－２１
電話　　：　０４８－８２２－５３１６

【４】
氏名　　：　鬼頭　奈々（キトウ　ナナ）
生年月日：　平成８年２月１４日
送付先　：　〒２７３－０００５　千葉県船橋市本町４－３１－９　ライオンズ船橋８０５
電話　　：　０７０－１９４７－６２３８

【５】
氏名　　：　南雲　隆之（ナグモ　タカユキ）
生年月日：　昭和６２年１０月１０日
送付先　：　〒１７７－００４１　東京都練馬区石神井町５－２－１４
電話　　：　０９０－８８６１－０４５９

お手数ですが、登録完了のご連絡をいただけますと幸いです。
よろしくお願いいたします。
""" + SIG_AIMONO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "5名分の氏名・和暦生年月日・自宅住所・電話（1人1ブロック、全角数字）をカード会社へ",
})

MESSAGES.append({
    "id": "hojincard-005",
    "charset": "utf-8",
    "sender": "榊原 翔太 <sakakibara.shota@hinode-sangyo.co.jp>",
    "to": ["導入支援チーム <onboarding@keihi-cloud.jp>"],
    "subject": "ユーザーマスタ登録用データ（第1陣 8名）",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>株式会社ケイヒクラウド<br>導入支援チーム 岩佐様</p>
<p>お世話になっております。日の出産業 情報システム部の榊原です。</p>
<p>経費精算クラウドの先行利用ユーザー（第1陣）の登録情報をお送りします。<br>
承認ルートは「承認者」列のとおり設定をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde7f3"><th>社員番号</th><th>氏名</th><th>メールアドレス</th><th>携帯電話</th><th>承認者</th></tr>
<tr><td>H20114</td><td>宍戸 康平</td><td>shishido.kohei@hinode-sangyo.co.jp</td><td>090-2214-8830</td><td>御手洗 博之</td></tr>
<tr><td>H20131</td><td>雨宮 彩花</td><td>amamiya.ayaka@hinode-sangyo.co.jp</td><td>080-3561-2097</td><td>宍戸 康平</td></tr>
<tr><td>H20158</td><td>薬師寺 遼</td><td>yakushiji.ryo@hinode-sangyo.co.jp</td><td>070-4483-1625</td><td>宍戸 康平</td></tr>
<tr><td>H20172</td><td>犬飼 美帆</td><td>inukai.miho@hinode-sangyo.co.jp</td><td>090-5820-7741</td><td>宍戸 康平</td></tr>
<tr><td>H20203</td><td>蓮見 大地</td><td>hasumi.daichi@hinode-sangyo.co.jp</td><td>080-1176-4038</td><td>御手洗 博之</td></tr>
<tr><td>H20219</td><td>千葉 ゆかり</td><td>chiba.yukari@hinode-sangyo.co.jp</td><td>070-8832-5519</td><td>蓮見 大地</td></tr>
<tr><td>H20246</td><td>轟 一輝</td><td>todoroki.kazuki@hinode-sangyo.co.jp</td><td>090-6047-3382</td><td>蓮見 大地</td></tr>
<tr><td>H20260</td><td>三笠 理沙</td><td>mikasa.risa@hinode-sangyo.co.jp</td><td>080-9905-1264</td><td>蓮見 大地</td></tr>
</table>
<p>SSO連携の設定が済み次第、テストログインを実施いたします。<br>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 情報システム部 業務システム課<br>榊原 翔太<br>TEL 03-5543-2260</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTMLのみのメールに8名のユーザー表（メール・携帯）、経費システムベンダーへ",
})

MESSAGES.append({
    "id": "hojincard-006",
    "charset": "iso-2022-jp",
    "sender": "榊原 翔太 <sakakibara.shota@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 佐久間様 <sakuma@tsubasa-system.jp>"],
    "subject": "振込口座マスタ取込テスト用ファイルの送付",
    "body": """株式会社ツバサシステム
ソリューション第二部　佐久間様

お世話になっております。日の出産業の榊原です。

TSUBASA経費の口座マスタ一括取込でエラーが出ている件、
実データでないと再現しないとのことでしたので、精算グループから受け取った
取込ファイル（本番の一部、12名分）をそのまま添付いたします。
文字コードはShift_JIS、全銀フォーマットのカナ名義を使っています。

エラーになるのは3行目と9行目で、いずれも支店名に「ヶ」が含まれている行です。
ご確認のほど、よろしくお願いいたします。
""" + SIG_SAKAKIBARA,
    "attachments": [{
        "kind": "csv", "name": "口座マスタ_取込_202610.csv", "encoding": "cp932",
        "rows": [
            ["社員番号", "氏名", "口座名義カナ", "銀行コード", "銀行名", "支店コード", "支店名", "預金種目", "口座番号"],
            ["H10102", "大河内 俊", "ｵｵｺｳﾁ ｼｭﾝ", "0391", "東都銀行", "112", "日本橋支店", "1", "4410283"],
            ["H10118", "梶谷 めぐみ", "ｶｼﾞﾀﾆ ﾒｸﾞﾐ", "0522", "みどり銀行", "301", "本店営業部", "1", "1183947"],
            ["H10125", "篠崎 亘", "ｼﾉｻﾞｷ ﾜﾀﾙ", "1877", "ひまわり信用金庫", "014", "鶴ヶ峰支店", "1", "0652218"],
            ["H10139", "嶋田 早苗", "ｼﾏﾀﾞ ｻﾅｴ", "0522", "みどり銀行", "318", "品川支店", "1", "2207614"],
            ["H10146", "香月 翼", "ｶﾂｷ ﾂﾊﾞｻ", "0617", "さざなみ銀行", "205", "藤沢支店", "1", "3096551"],
            ["H10150", "真壁 悠斗", "ﾏｶﾍﾞ ﾕｳﾄ", "0391", "東都銀行", "140", "錦糸町支店", "2", "0081736"],
            ["H10163", "乙部 里奈", "ｵﾄﾍﾞ ﾘﾅ", "9900", "ゆうちょ銀行", "018", "〇一八", "1", "6124805"],
            ["H10177", "生田目 修", "ﾅﾏﾀﾒ ｵｻﾑ", "0522", "みどり銀行", "327", "大宮支店", "1", "5530129"],
            ["H10181", "阿久津 玲奈", "ｱｸﾂ ﾚｲﾅ", "1877", "ひまわり信用金庫", "022", "霞ヶ関支店", "1", "0719463"],
            ["H10194", "舟橋 和真", "ﾌﾅﾊｼ ｶｽﾞﾏ", "0140", "北辰銀行", "401", "仙台支店", "1", "7741206"],
            ["H10208", "早乙女 光", "ｻｵﾄﾒ ﾋｶﾙ", "0391", "東都銀行", "155", "池袋支店", "1", "1862057"],
            ["H10215", "八木橋 聡子", "ﾔｷﾞﾊｼ ｻﾄｺ", "2331", "若葉信用組合", "001", "本所", "1", "0038842"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "社員12名の振込口座マスタ CSV(CP932) をシステムベンダーへ",
})

MESSAGES.append({
    "id": "hojincard-007",
    "charset": "utf-8",
    "sender": "高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>",
    "to": ["Orion Express Japan 法人カード事務局 <corporate-jp@orion-express.com>"],
    "subject": "コーポレートカード切替：使用者一覧の送付（10名）",
    "body": """オリオン・エクスプレス・ジャパン
法人カード事務局 ご担当者様

お世話になっております。日の出産業株式会社 経理部の高梨です。

来年1月からの法人カード切替に向けて、ご依頼いただいた使用者一覧（CSV）を
添付いたします。限度額は月額（税込）で記載しております。
役員分は別途、秘書室からご連絡いたします。

内容に不備がありましたらご指摘ください。
よろしくお願いいたします。
""" + SIG_TAKANASHI,
    "attachments": [{
        "kind": "csv", "name": "card_users_hinode.csv", "encoding": "utf-8-sig",
        "rows": [
            ["employee_no", "name_kanji", "name_roman", "department", "email", "mobile", "monthly_limit"],
            ["H30011", "鷹野 修平", "TAKANO SHUHEI", "営業本部", "takano.shuhei@hinode-sangyo.co.jp", "090-3184-2276", "1000000"],
            ["H30027", "木暮 里美", "KOGURE SATOMI", "営業本部", "kogure.satomi@hinode-sangyo.co.jp", "080-4927-1150", "500000"],
            ["H30035", "相馬 拓真", "SOMA TAKUMA", "海外事業部", "soma.takuma@hinode-sangyo.co.jp", "070-2608-9943", "1500000"],
            ["H30048", "立花 茉莉", "TACHIBANA MARI", "海外事業部", "tachibana.mari@hinode-sangyo.co.jp", "090-7715-3802", "1500000"],
            ["H30052", "野々村 剛", "NONOMURA TSUYOSHI", "技術部", "nonomura.tsuyoshi@hinode-sangyo.co.jp", "080-2259-6617", "300000"],
            ["H30069", "綿貫 千夏", "WATANUKI CHINATSU", "総務部", "watanuki.chinatsu@hinode-sangyo.co.jp", "070-6631-0485", "300000"],
            ["H30074", "仁科 慎吾", "NISHINA SHINGO", "大阪支店", "nishina.shingo@hinode-sangyo.co.jp", "090-1048-5526", "500000"],
            ["H30081", "桐生 遥", "KIRYU HARUKA", "大阪支店", "kiryu.haruka@hinode-sangyo.co.jp", "080-8863-2214", "500000"],
            ["H30096", "及川 陽介", "OIKAWA YOSUKE", "名古屋営業所", "oikawa.yosuke@hinode-sangyo.co.jp", "070-3390-7148", "500000"],
            ["H30103", "芦田 菜摘", "ASHIDA NATSUMI", "経理部", "ashida.natsumi@hinode-sangyo.co.jp", "090-5502-8861", "200000"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "カード使用者10名（メール・携帯）のCSV(UTF-8 BOM)をカード会社へ",
})

MESSAGES.append({
    "id": "hojincard-008",
    "charset": "iso-2022-jp",
    "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
    "to": ["海外出張デスク 飯塚様 <intl@aozora-travel.co.jp>"],
    "subject": "シンガポール出張 航空券・ビザ要否確認のお願い",
    "body": """あおぞらトラベル株式会社
海外出張デスク　飯塚様

お世話になっております。日の出産業の今泉です。

12月のシンガポール出張（現地法人での決算レビュー）の件、出張者名簿を
Excelでお送りします。航空券は旅券どおりのローマ字綴りで発券をお願いします。
「行程」シートに希望便を記入しています。

旅券の残存期間が短い者がいないか、念のためご確認いただけますと助かります。
""" + SIG_IMAIZUMI,
    "attachments": [{
        "kind": "xlsx", "name": "SIN出張者名簿_202612.xlsx",
        "sheets": {
            "出張者": [
                ["シンガポール出張（2026/12/07〜12/12）出張者名簿", "", "", "", "", ""],
                ["氏名", "ローマ字（旅券表記）", "性別", "生年月日", "旅券番号", "有効期限"],
                ["御手洗 博之", "MITARAI HIROYUKI", "男", "1968/03/19", "TK4829163", "2030/05/21"],
                ["四十物 千尋", "AIMONO CHIHIRO", "女", "1990/08/07", "TR7716025", "2028/11/02"],
                ["相馬 拓真", "SOMA TAKUMA", "男", "1986/01/30", "TZ2093318", "2031/02/14"],
                ["立花 茉莉", "TACHIBANA MARI", "女", "1993/06/24", "TS5540872", "2027/03/09"],
                ["Kevin Matsuda", "MATSUDA KEVIN", "男", "1982/12/05", "TH3317460", "2029/09/30"],
            ],
            "行程": [
                ["日付", "区間", "希望便", "備考"],
                ["12/07", "HND-SIN", "NH843", "ビジネス（部長のみ）"],
                ["12/12", "SIN-HND", "NH842", ""],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "5名の旅券番号・生年月日のXLSX（タイトル行つき・複数シート）を旅行会社へ",
})

MESSAGES.append({
    "id": "hojincard-009",
    "charset": "cp932",
    "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
    "to": ["桜井会計事務所 山際先生 <yamagiwa@sakurai-kaikei.jp>"],
    "subject": "10月度 立替精算振込明細のご送付",
    "body": """桜井会計事務所
山際先生

いつもお世話になっております。日の出産業 経理部の小野寺です。

月次監査用に、10月度の立替精算の振込明細をお送りします。
今月から振込先口座の一覧も同じファイルにまとめております（「振込一覧」シート）。
科目別の集計は2枚目のシートです。

仮払金との相殺分については、来週の訪問時にご説明いたします。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "xlsx", "name": "立替精算振込明細_2026年10月.xlsx",
        "sheets": {
            "振込一覧": [
                ["2026年10月度　立替精算　振込明細（10/25支払）"],
                [],
                ["No", "社員番号", "氏名", "銀行", "支店", "種目", "口座番号", "振込額"],
                [1, "H10102", "大河内 俊", "東都銀行", "日本橋支店", "普通", "4410283", 23800],
                [2, "H10118", "梶谷 めぐみ", "みどり銀行", "本店営業部", "普通", "1183947", 8650],
                [3, "H10231", "鮫島 健太郎", "東都銀行", "神田支店", "普通", "3318240", 48260],
                [4, "H10246", "皆川 大介", "みどり銀行", "上野支店", "普通", "0927735", 15400],
                [5, "H10252", "保科 沙耶", "さざなみ銀行", "川崎支店", "普通", "4402986", 3120],
                [6, "H10268", "戸塚 誠一", "北辰銀行", "東京支店", "普通", "6613408", 77910],
                [7, "H10273", "沼田 瑞穂", "ひまわり信用金庫", "本店営業部", "普通", "0582214", 12080],
                [8, "H10289", "喜多 哲也", "みどり銀行", "渋谷支店", "普通", "3350761", 41200],
                [9, "H10291", "薄井 杏奈", "東都銀行", "大手町支店", "普通", "2089413", 9870],
                [10, "H10305", "国分 拓郎", "ゆうちょ銀行", "〇二八", "普通", "5193370", 6400],
                [11, "H10312", "平良 美月", "みどり銀行", "那覇支店", "普通", "1146025", 52300],
                [12, "H10327", "柘植 卓", "さざなみ銀行", "横浜駅前支店", "普通", "0771843", 18760],
                [13, "H10334", "城之内 舞", "東都銀行", "新宿支店", "普通", "5528106", 27540],
                [14, "H10348", "蒔田 智", "北辰銀行", "東京支店", "普通", "6620194", 4300],
                [15, "H10359", "伊集院 葵", "みどり銀行", "品川支店", "普通", "2218860", 35200],
            ],
            "科目別集計": [
                ["科目", "件数", "金額"],
                ["旅費交通費", 41, 254820],
                ["会議費", 12, 38400],
                ["交際費", 6, 71230],
                ["消耗品費", 9, 19340],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "社員15名の振込口座を含むXLSXを会計事務所へ",
})

MESSAGES.append({
    "id": "hojincard-010",
    "charset": "utf-8",
    "sender": "御手洗 博之 <mitarai.hiroyuki@hinode-sangyo.co.jp>",
    "to": ["あけぼの監査法人 木下様 <kinoshita.j@akebono-kansa.jp>"],
    "cc": ["高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>"],
    "subject": "RE: 法人カード管理状況の資料ご依頼の件",
    "body": """木下様

お世話になっております。御手洗です。
ご依頼の法人カード貸与者の管理台帳（2026年9月末時点）を添付いたします。
退職者のカード回収状況は「返却日」欄でご確認ください。

ご不明点は高梨までお問い合わせいただければ幸いです。

> 期末監査の準備として、法人カードの貸与状況が分かる資料を
> ご提供いただけますでしょうか。
> あけぼの監査法人 木下
""" + SIG_MITARAI,
    "attachments": [{
        "kind": "docx", "name": "法人カード貸与者管理台帳_202609.docx",
        "title": "法人カード貸与者管理台帳",
        "paragraphs": ["法人カード貸与者管理台帳（2026年9月30日現在）", "経理部 財務課 作成"],
        "tables": [[
            ["氏名", "所属", "携帯電話", "カード番号下4桁", "貸与日", "返却日"],
            ["鷹野 修平", "営業本部", "090-3184-2276", "4417", "2022/04/01", ""],
            ["木暮 里美", "営業本部", "080-4927-1150", "0938", "2023/10/01", ""],
            ["野々村 剛", "技術部", "080-2259-6617", "6602", "2021/07/15", ""],
            ["綿貫 千夏", "総務部", "070-6631-0485", "2281", "2024/04/01", ""],
            ["宇和島 慎", "（退職）", "090-4471-9035", "7150", "2020/04/01", "2026/08/31"],
            ["堀之内 花", "（退職）", "080-1528-6640", "3349", "2019/10/01", "未回収"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "6名の携帯を含む貸与者台帳DOCXを監査法人へ（引用部分は相手の文）",
})

MESSAGES.append({
    "id": "hojincard-011",
    "charset": "shift_jis",
    "sender": "仲宗根 由香 <nakasone.yuka@hinode-sangyo.co.jp>",
    "to": ["ルートナビ サポート <support@routenavi.co.jp>"],
    "subject": "通勤経路の一括登録について（大阪支店分）",
    "body": """ルートナビ株式会社
カスタマーサポート ご担当者様

お世話になっております。日の出産業 経理部の仲宗根です。

通勤手当の定期区間を一括で登録したく、大阪支店の申請一覧をPDFで添付します。
自宅住所から最寄駅を自動判定する機能で取り込めるかご確認いただけますか。
CSV形式が必要であれば、取込用のテンプレートをお送りください。

よろしくお願いいたします。
""" + SIG_NAKASONE,
    "attachments": [{
        "kind": "pdf", "name": "通勤経路申請一覧_大阪支店.pdf",
        "title": "通勤経路申請一覧",
        "lines": ["通勤経路申請一覧（大阪支店　2026年11月適用分）", "作成：経理部 精算グループ", ""],
        "table": [
            ["氏名", "自宅住所", "最寄駅", "経路", "1か月定期"],
            ["土橋 亮", "大阪府豊中市服部西町2-6-14", "服部天神", "阪急宝塚線-梅田", "8,420"],
            ["仁科 慎吾", "大阪府吹田市江坂町1-22-3-1104", "江坂", "御堂筋線-梅田", "7,350"],
            ["桐生 遥", "兵庫県西宮市甲子園口4-8-21", "甲子園口", "JR神戸線-大阪", "10,230"],
            ["岸辺 孝明", "大阪府堺市北区中百舌鳥町5-11", "なかもず", "御堂筋線-梅田", "12,860"],
            ["湊 美佳", "京都府長岡京市天神2-15-7", "長岡天神", "阪急京都線-梅田", "14,990"],
            ["羽柴 健吾", "大阪府東大阪市小阪1-3-40", "河内小阪", "近鉄奈良線-大阪難波-御堂筋線", "11,700"],
            ["泉谷 真琴", "大阪府枚方市岡東町18-2-905", "枚方市", "京阪本線-淀屋橋", "13,540"],
            ["春日 紗英", "奈良県生駒市谷田町1120-3", "生駒", "近鉄奈良線-大阪難波", "17,280"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "8名の自宅住所を含むPDF表を外部サポートへ",
})

MESSAGES.append({
    "id": "hojincard-012",
    "charset": "utf-8",
    "sender": "榊原 翔太 <sakakibara.shota@hinode-sangyo.co.jp>",
    "to": ["スペンドワイズ 片桐様 <katagiri@spendwise.co.jp>"],
    "subject": "キックオフ資料（修正版）をお送りします",
    "body": """スペンドワイズ株式会社
片桐様

お世話になっております。日の出産業の榊原です。
本日のキックオフで使用した資料の修正版をお送りします。
ご指摘いただいた「パイロットユーザー」のページに連絡先を追記しましたので、
アカウント発行の際にお使いください。

引き続きよろしくお願いいたします。
""" + SIG_SAKAKIBARA,
    "attachments": [{
        "kind": "pptx", "name": "経費精算刷新_キックオフ_v2.pptx",
        "title": "経費精算刷新プロジェクト キックオフ",
        "slides": [
            ["経費精算刷新プロジェクト キックオフ", "日の出産業株式会社 × スペンドワイズ株式会社", "2026年10月"],
            ["スケジュール", "11月：要件確認", "12月：パイロット運用", "2027年2月：全社展開"],
            ["パイロットユーザー（5名）",
             "宍戸 康平（営業本部） shishido.kohei@hinode-sangyo.co.jp / 090-2214-8830",
             "雨宮 彩花（営業本部） amamiya.ayaka@hinode-sangyo.co.jp / 080-3561-2097",
             "綿貫 千夏（総務部） watanuki.chinatsu@hinode-sangyo.co.jp / 070-6631-0485",
             "芦田 菜摘（経理部） ashida.natsumi@hinode-sangyo.co.jp / 090-5502-8861",
             "土橋 亮（大阪支店） dobashi.ryo@hinode-sangyo.co.jp / 080-2746-1193"],
            ["課題・リスク", "法人カード明細の自動連携", "紙領収書の電子保存要件"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PPTXの1枚に5名のメール・携帯、ベンダーへ",
})

MESSAGES.append({
    "id": "hojincard-013",
    "charset": "iso-2022-jp",
    "sender": "高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>",
    "to": ["ひかりカード 審査部 <shinsa-houjin@hikari-card.co.jp>"],
    "subject": "家族帯同赴任者のカード申込データ送付",
    "body": """ひかりカード株式会社
審査部 法人審査課 御中

いつもお世話になっております。日の出産業 経理部の高梨です。

海外赴任予定者（6名）の法人カード申込データを、ご指定の形式でZIPにまとめて
お送りします。記入要領のファイルも同梱しております。
赴任前に国内住所宛てでカードを受け取れるよう、審査をお急ぎいただけますと幸いです。
""" + SIG_TAKANASHI + DISC_JA,
    "attachments": [{
        "kind": "zip", "name": "申込データ_20261015.zip",
        "files": [
            {"kind": "csv", "name": "申込者一覧.csv", "encoding": "cp932",
             "rows": [
                 ["氏名", "フリガナ", "生年月日", "自宅住所", "自宅電話"],
                 ["相馬 拓真", "ソウマ タクマ", "1986/01/30", "東京都江東区豊洲5-6-52-2208", "03-6219-4470"],
                 ["立花 茉莉", "タチバナ マリ", "1993/06/24", "東京都品川区大井1-41-8", "03-3778-2015"],
                 ["雲井 啓太", "クモイ ケイタ", "1981/10/12", "神奈川県横浜市青葉区美しが丘2-19-6", "045-901-3384"],
                 ["牧之瀬 遼子", "マキノセ リョウコ", "1989/05/03", "千葉県浦安市入船3-62-1", "047-350-8812"],
                 ["栗栖 直人", "クリス ナオト", "1977/12/28", "埼玉県川口市栄町1-9-27", "048-252-6609"],
                 ["神谷 瞳", "カミヤ ヒトミ", "1995/02/09", "東京都杉並区高円寺南4-33-1", "03-3311-7920"],
             ]},
            {"kind": "xlsx", "name": "記入要領.xlsx",
             "sheets": {"記入要領": [["項目", "記入方法"], ["氏名", "戸籍上の表記"],
                                     ["生年月日", "西暦 YYYY/MM/DD"], ["自宅電話", "ハイフン区切り"]]}},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "パスワードなしZIP内のCSVに6名の生年月日・住所・電話（免責文は機密表示ではない）",
})

MESSAGES.append({
    "id": "hojincard-014",
    "charset": "utf-8",
    "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
    "to": ["飯塚 様 <intl@aozora-travel.co.jp>"],
    "subject": "FW: 【人事】海外出張者の緊急連絡先",
    "body": """飯塚様

お世話になっております。今泉です。
海外旅行保険の付帯サービス（緊急時の家族連絡）に登録が必要とのことでしたので、
人事部から届いた緊急連絡先をそのまま転送いたします。
登録がお済みになりましたらご一報ください。

-----Original Message-----
From: 人事部 労務課 <jinji-roumu@hinode-sangyo.co.jp>
Sent: Tuesday, October 20, 2026 4:12 PM
To: 今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>
Subject: 【人事】海外出張者の緊急連絡先

今泉さん

依頼のあった12月シンガポール出張者の緊急連絡先です。取扱いにご注意ください。

御手洗 博之　緊急連絡先：御手洗 恵子（妻）　090-2771-6054
四十物 千尋　緊急連絡先：四十物 正（父）　0766-22-3918
相馬 拓真　　緊急連絡先：相馬 由紀（妻）　080-6604-1287
立花 茉莉　　緊急連絡先：立花 久美子（母）　092-731-4402
Kevin Matsuda　緊急連絡先：松田 マリア（妻）　070-4129-8836
雲井 啓太　　緊急連絡先：雲井 綾（妻）　090-3346-5710

人事部 労務課 古賀
""" + SIG_IMAIZUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "社内メールの転送（FW）で6名の緊急連絡先を旅行会社へ：転送は新しい内容",
})

MESSAGES.append({
    "id": "hojincard-015",
    "charset": "iso-2022-jp",
    "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
    "to": ["山際 様 <yamagiwa@sakurai-kaikei.jp>"],
    "subject": "FW: 仮払金精算の件（原メール添付）",
    "body": """山際先生

お世話になっております。小野寺です。
先日ご質問いただいた仮払金の精算について、営業本部とのやり取りを
元のメールのまま添付いたします。振込先の訂正があった5名分です。

ご確認のほどよろしくお願いいたします。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "eml", "name": "仮払金精算_振込先訂正.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "宍戸 康平 <shishido.kohei@hinode-sangyo.co.jp>",
            "to": ["小野寺 健 <onodera.ken@hinode-sangyo.co.jp>"],
            "subject": "仮払金精算の振込先訂正",
            "body": """小野寺さん

お疲れさまです。営業本部の宍戸です。
9月の展示会で仮払いを受けた5名の精算について、振込先に誤りがありましたので
訂正をお願いします。

宍戸 康平　みどり銀行 銀座支店 普通 3807712
雨宮 彩花　東都銀行 新橋支店 普通 1294058
犬飼 美帆　さざなみ銀行 川崎支店 普通 5560431
蓮見 大地　みどり銀行 本店営業部 普通 0417786
轟 一輝　　北辰銀行 東京支店 普通 8021963

以上、よろしくお願いします。
宍戸""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "添付メール(eml)に5名の振込口座、会計事務所へ",
})

MESSAGES.append({
    "id": "hojincard-016",
    "charset": "shift_jis",
    "sender": "土橋 亮 <dobashi.ryo@hinode-sangyo.co.jp>",
    "to": ["ひまわりオートリース 営業部 <eigyo@himawari-lease.co.jp>"],
    "subject": "ETCカード使用者一覧（大阪支店）",
    "body": """ひまわりオートリース株式会社
営業部　西岡様

いつもお世話になっております。日の出産業 大阪支店の土橋です。

リース車両のETCカードについて、使用者の一覧をお送りします。
事故や紛失の際はこちらの携帯へ直接ご連絡いただいて構いません。
ファイルは旧形式（.xls）で失礼いたします。
""" + SIG_DOBASHI,
    "attachments": [{
        "kind": "xls", "name": "ETC使用者一覧_大阪.xls",
        "sheets": {"ETC使用者": [
            ["氏名", "社員番号", "携帯電話", "車両番号", "ETCカード下4桁"],
            ["土橋 亮", "H40012", "080-2746-1193", "なにわ 300 さ 12-34", "5512"],
            ["仁科 慎吾", "H30074", "090-1048-5526", "なにわ 300 さ 56-78", "0841"],
            ["桐生 遥", "H30081", "080-8863-2214", "なにわ 500 ち 90-12", "3367"],
            ["岸辺 孝明", "H40027", "070-5128-4490", "和泉 300 ほ 33-21", "7720"],
            ["羽柴 健吾", "H40035", "090-8702-3361", "なにわ 300 さ 45-67", "1108"],
            ["泉谷 真琴", "H40048", "080-3396-0572", "大阪 500 ぬ 88-10", "9034"],
            ["春日 紗英", "H40051", "070-9914-2286", "奈良 300 ら 11-92", "4415"],
        ]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "7名の携帯を含むXLS（旧形式）をリース会社へ",
})

MESSAGES.append({
    "id": "hojincard-017",
    "charset": "iso-2022-jp",
    "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
    "to": ["あさひ損害保険 企業営業課 <kigyo-eigyo@asahi-sonpo.co.jp>"],
    "subject": "包括契約 海外旅行保険 付保通知（11月出張分）",
    "body": """あさひ損害保険株式会社
企業営業課　ご担当者様

いつもお世話になっております。日の出産業 総務部の今泉でございます。

包括契約に基づき、11月の海外出張者について付保のご通知をいたします。

氏名　　　　　　生年月日　　　　　　性別　渡航先　　　期間
―――――――――――――――――――――――――――――――――――
雲井　啓太　　　昭和５６年１０月１２日　男　　ベトナム　　１１／３〜１１／８
牧之瀬　遼子　　Ｈ１．５．３　　　　　　女　　ベトナム　　１１／３〜１１／８
栗栖　直人　　　S52.12.28　　　　　　　男　　台湾　　　　１１／１０〜１１／１３
神谷　瞳　　　　平成７年２月９日　　　　女　　台湾　　　　１１／１０〜１１／１３
宇和野　修　　　昭和４５年８月１日　　　男　　米国　　　　１１／１６〜１１／２４

保険料は従来どおり月末締めでご請求ください。
よろしくお願いいたします。
""" + SIG_IMAIZUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "5名の氏名と和暦生年月日（全角・略記混在）を保険会社へ",
})

MESSAGES.append({
    "id": "hojincard-018",
    "charset": "utf-8",
    "sender": "Kevin Matsuda <kevin.matsuda@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@globetrek.com.sg>"],
    "subject": "Traveller profiles for the Hinode group booking (Dec 7-12)",
    "body": """Dear Priya,

Thank you for your quick quote. As requested, please find below the traveller profiles
for the group booking at the Marina district hotel. Names are spelled as in the passports.

1) MITARAI Hiroyuki   DOB 19 Mar 1968   Mobile +81 90-2771-6050   mitarai.hiroyuki@hinode-sangyo.co.jp
2) AIMONO Chihiro     DOB 07 Aug 1990   Mobile +81 80-4418-3926   aimono.chihiro@hinode-sangyo.co.jp
3) SOMA Takuma        DOB 30 Jan 1986   Mobile +81 70-2608-9943   soma.takuma@hinode-sangyo.co.jp
4) TACHIBANA Mari     DOB 24 Jun 1993   Mobile +81 90-7715-3802   tachibana.mari@hinode-sangyo.co.jp
5) KUMOI Keita        DOB 12 Oct 1981   Mobile +81 90-3346-5711   kumoi.keita@hinode-sangyo.co.jp

Payment will be made by our corporate card on arrival; please do not pre-charge.
""" + SIG_MATSUDA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "English: 5 travellers' DOB, mobile and e-mail to a foreign travel agent",
})

MESSAGES.append({
    "id": "hojincard-019",
    "charset": "cp932",
    "sender": "榊原 翔太 <sakakibara.shota@hinode-sangyo.co.jp>",
    "to": ["岩佐 様 <iwasa@keihi-cloud.jp>"],
    "subject": "Re: 承認者マスタのご提供について",
    "body": """岩佐様

お世話になっております。榊原です。
承認者マスタの件、以下のとおりです。代理承認の設定に携帯番号が必要とのことでしたので
併せて記載します。

部署,承認者,メールアドレス,携帯
営業本部,御手洗 博之,mitarai.hiroyuki@hinode-sangyo.co.jp,090-2771-6050
営業本部 営業一課,宍戸 康平,shishido.kohei@hinode-sangyo.co.jp,090-2214-8830
営業本部 営業二課,蓮見 大地,hasumi.daichi@hinode-sangyo.co.jp,080-1176-4038
技術部,野々村 剛,nonomura.tsuyoshi@hinode-sangyo.co.jp,080-2259-6617
総務部,綿貫 千夏,watanuki.chinatsu@hinode-sangyo.co.jp,070-6631-0485
大阪支店,仁科 慎吾,nishina.shingo@hinode-sangyo.co.jp,090-1048-5526

よろしくお願いいたします。

-----Original Message-----
From: 岩佐 <iwasa@keihi-cloud.jp>
Sent: Monday, October 19, 2026 10:03 AM
To: 榊原 翔太 <sakakibara.shota@hinode-sangyo.co.jp>
Subject: 承認者マスタのご提供について

榊原様
ワークフロー設定のため、部署ごとの承認者をご提供いただけますでしょうか。
ケイヒクラウド 岩佐
""" + SIG_SAKAKIBARA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "返信の新しい本文にカンマ区切りで6名の連絡先（引用部分には個人情報なし）",
})

# ========================================================================================
# STOP — カード番号・マイナンバー・本人確認書類の番号
# ========================================================================================

MESSAGES.append({
    "id": "hojincard-020",
    "charset": "iso-2022-jp",
    "sender": "御手洗 博之 <mitarai.hiroyuki@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    "subject": "11/20 宿泊予約の保証カードについて",
    "body": """さくらホテル 宿泊予約係 御中

お世話になっております。日の出産業の御手洗です。
11月20日（木）1泊、ツインルームのシングルユースで予約しております（予約番号 SH-55218）。
チェックインが23時を過ぎる見込みのため、ギャランティ予約に変更をお願いします。

保証用カード：法人カード（ひかりカード）
カード番号：""" + _cc(0, "-") + """
有効期限：08/29
カード名義：HIROYUKI MITARAI

よろしくお願いいたします。
""" + SIG_MITARAI,
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "法人カードの番号（ハイフン区切り）をホテルへメール",
})

MESSAGES.append({
    "id": "hojincard-021",
    "charset": "utf-8",
    "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
    "to": ["JTSビジネストラベル 予約センター <booking@jts-bt.co.jp>"],
    "subject": "福岡出張 航空券の決済カード変更",
    "body": """JTSビジネストラベル株式会社
予約センター ご担当者様

お世話になっております。日の出産業の今泉です。
予約番号 JT-26-18804（11/6 羽田→福岡、2名）の決済カードを、
総務部の法人カードに変更していただけますでしょうか。

カード番号　""" + _zen(_cc(1, " ")) + """
有効期限　　１２／２８
名義　　　　ＨＩＮＯＤＥ ＳＡＮＧＹＯ ＳＯＵＭＵ

お電話でお伝えするのが難しい状況のため、メールにて失礼いたします。
""" + SIG_IMAIZUMI,
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "全角数字・空白区切りのカード番号を旅行会社へ",
})

MESSAGES.append({
    "id": "hojincard-022",
    "charset": "shift_jis",
    "sender": "四十物 千尋 <aimono.chihiro@hinode-sangyo.co.jp>",
    "to": ["日本ロジスティクス学会 事務局 <jimukyoku@jlsa.or.jp>"],
    "subject": "第42回全国大会 参加費のカード決済依頼書",
    "body": """一般社団法人日本ロジスティクス学会
大会事務局 御中

お世話になっております。日の出産業株式会社 経理部の四十物です。

第42回全国大会の参加費（会員3名分）について、カード決済依頼書を記入のうえ
PDFでお送りいたします。領収書は会社宛てでお願いいたします。
""" + SIG_AIMONO,
    "attachments": [{
        "kind": "pdf", "name": "カード決済依頼書_日の出産業.pdf",
        "title": "クレジットカード決済依頼書",
        "lines": [
            "クレジットカード決済依頼書",
            "",
            "申込団体：日の出産業株式会社",
            "決済金額：36,000円（12,000円 × 3名）",
            "カード種別：JCB / VISA / Master（いずれか）",
            "カード番号：" + _cc(2, " "),
            "有効期限：03/28",
            "カード名義人：CHIHIRO AIMONO",
            "署名：四十物 千尋",
        ],
    }],
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "PDF添付のカード決済依頼書にカード番号",
})

MESSAGES.append({
    "id": "hojincard-023",
    "charset": "iso-2022-jp",
    "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
    "to": ["山際 様 <yamagiwa@sakurai-kaikei.jp>"],
    "cc": ["石黒 様 <ishiguro@sakurai-kaikei.jp>"],
    "subject": "9月分 法人カード利用明細（カード別）",
    "body": """山際先生
石黒様

いつもお世話になっております。小野寺です。
9月分の法人カード利用明細を、カード会社のWebサービスからダウンロードしたまま
シートごとにまとめております。交際費の区分について後ほどご相談させてください。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "xlsx", "name": "法人カード利用明細_2026年9月.xlsx",
        "sheets": {
            "営業本部": [
                ["カード番号：" + _cc(3) + "　使用者：鷹野 修平"],
                ["利用日", "利用先", "金額", "科目"],
                ["2026/09/03", "銀座 割烹 しのはら", 48400, "交際費"],
                ["2026/09/11", "JR東海 エクスプレス予約", 29870, "旅費交通費"],
                ["2026/09/26", "タクシー（東都交通）", 3240, "旅費交通費"],
            ],
            "海外事業部": [
                ["カード番号：" + _cc(4) + "　使用者：相馬 拓真"],
                ["利用日", "利用先", "金額", "科目"],
                ["2026/09/08", "ANA 国際線", 182300, "旅費交通費"],
                ["2026/09/15", "MARINA BAY GRAND HOTEL", 96400, "旅費交通費"],
            ],
            "総務部": [
                ["カード番号：" + _cc(5) + "　使用者：綿貫 千夏"],
                ["利用日", "利用先", "金額", "科目"],
                ["2026/09/01", "オフィス用品 ハピネスマート", 12650, "消耗品費"],
                ["2026/09/19", "さくらホテル 宴会", 264000, "会議費"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "XLSXの各シートのタイトル行に法人カード番号（3枚分）、会計事務所2名へ（同一組織）",
})

MESSAGES.append({
    "id": "hojincard-024",
    "charset": "cp932",
    "sender": "仲宗根 由香 <nakasone.yuka@hinode-sangyo.co.jp>",
    "to": ["税理士法人みなと総合 浜口様 <hamaguchi@minato-tax.jp>"],
    "subject": "外部講師謝金の支払調書作成について",
    "body": """税理士法人みなと総合
浜口様

お世話になっております。日の出産業 経理部の仲宗根です。

10月の社内研修でお招きした外部講師の謝金（交通費は講師の立替分を含めて精算済み）
について、支払調書の作成をお願いしたく、必要事項をお送りいたします。

講師氏名：　大豆生田 亨（おおまみゅうだ とおる）
住所　　：　〒248-0014 神奈川県鎌倉市由比ガ浜3-9-22
個人番号：　""" + _mn(6, " ") + """
支払金額：　110,000円（源泉徴収税額 11,231円）
うち交通費立替分：8,420円

個人番号は講師ご本人から番号確認書類の写しとともにご提供いただいております。
よろしくお願いいたします。
""" + SIG_NAKASONE,
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "外部講師1名のマイナンバーと住所を税理士法人へ",
})

MESSAGES.append({
    "id": "hojincard-025",
    "charset": "utf-8",
    "sender": "四十物 千尋 <aimono.chihiro@hinode-sangyo.co.jp>",
    "to": ["コーポレートカード事業部 <corporate@astera-card.jp>"],
    "subject": "Re: 本人確認書類のご提出について（使用者：桐生）",
    "body": """アステラカード株式会社
コーポレートカード事業部 御中

お世話になっております。日の出産業の四十物です。

使用者 桐生 遥 の本人確認につきまして、本人よりマイナンバーカードの情報を
預かりましたので、記載内容をお知らせいたします。

氏名　　　：桐生 遥（キリュウ ハルカ）
生年月日　：1994年7月18日
個人番号　：""" + _mn(7) + """
有効期限　：2034年7月18日

画像の提出が必要な場合はアップロード用のURLをお知らせください。

> 使用者様の本人確認書類（運転免許証、マイナンバーカード等）の
> 記載事項をご提出ください。
""" + SIG_AIMONO,
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "本人確認としてマイナンバーをカード会社へ（引用は相手の依頼文のみ）",
})

MESSAGES.append({
    "id": "hojincard-026",
    "charset": "iso-2022-jp",
    "sender": "高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>",
    "to": ["アステラカード 審査担当 <shinsa@astera-card.jp>"],
    "subject": "使用者追加：本人確認書類（運転免許証）の記載事項",
    "body": """アステラカード株式会社
審査ご担当者様

お世話になっております。日の出産業の高梨です。
追加申込中の使用者について、運転免許証の記載事項をお送りします。

氏名：南雲 隆之
生年月日：昭和62年10月10日
住所：東京都練馬区石神井町5-2-14
免許証番号：第305712408830号
有効期限：令和10年11月10日まで有効

ご確認のほどよろしくお願いいたします。
""" + SIG_TAKANASHI,
    "expect": "stop",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "運転免許証番号（1名）をカード会社へ",
})

MESSAGES.append({
    "id": "hojincard-027",
    "charset": "utf-8",
    "sender": "Kevin Matsuda <kevin.matsuda@hinode-sangyo.co.jp>",
    "to": ["Hanoi Business Travel <visa@hanoi-biztravel.com.vn>"],
    "subject": "E-visa application for Mr. Kumoi (arrival Nov 3)",
    "body": """Dear Ms. Linh,

Thank you for handling the e-visa for our colleague. Here are the passport details
you asked for:

Surname / Given name : KUMOI / KEITA
Nationality          : JAPAN
Date of birth        : 12 OCT 1981
Passport No.         : TR3058127
Date of expiry       : 09 APR 2031
Purpose              : Business (supplier audit, Hai Phong)

The visa fee may be charged to the corporate card we registered last month.
""" + SIG_MATSUDA,
    "expect": "stop",
    "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "English: one traveller's passport number to a foreign visa agent",
})

MESSAGES.append({
    "id": "hojincard-028",
    "charset": "shift_jis",
    "sender": "高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>",
    "to": ["ひかりカード 村越様 <murakoshi.t@hikari-card.co.jp>"],
    "subject": "外国籍社員の法人カード申込について",
    "body": """ひかりカード株式会社
村越様

お世話になっております。高梨です。
先日お電話でご相談した外国籍社員の法人カード申込の件、在留カードの情報をお送りします。

氏名　　　　：NGUYEN VAN THANH（グエン ヴァン タイン）
国籍・地域　：ベトナム
生年月日　　：1992年3月8日
在留資格　　：技術・人文知識・国際業務
在留カード番号：UH48201937AB
在留期間（満了日）：2028年4月15日

在留期間が3年未満の場合の審査基準について、併せてご教示ください。
""" + SIG_TAKANASHI,
    "expect": "stop",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "在留カード番号（1名）をカード会社へ",
})

MESSAGES.append({
    "id": "hojincard-029",
    "charset": "iso-2022-jp",
    "sender": "四十物 千尋 <aimono.chihiro@hinode-sangyo.co.jp>",
    "to": ["オリオン・エクスプレス 審査課 <review-jp@orion-express.com>"],
    "subject": "本人確認書類の代替について（健康保険証）",
    "body": """オリオン・エクスプレス・ジャパン
審査課 ご担当者様

お世話になっております。日の出産業 経理部の四十物です。

使用者 芦田 菜摘 は運転免許証を持っておりませんので、健康保険証で
本人確認をお願いできればと存じます。記載事項は以下のとおりです。

氏名：芦田 菜摘
住所：東京都大田区蒲田本町1-7-3-502
保険者：日の出産業健康保険組合
記号：４１０２　番号：３８７
被保険者証の交付日：令和5年4月1日

不足があればご連絡ください。
""" + SIG_AIMONO,
    "expect": "stop",
    "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "健康保険証の記号・番号（1名）をカード会社へ",
})

MESSAGES.append({
    "id": "hojincard-030",
    "charset": "utf-8",
    "sender": "仲宗根 由香 <nakasone.yuka@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 給与課 <kyuyo@kawasaki-denki.co.jp>"],
    "subject": "出向者の経費精算・社会保険手続きの引継ぎ",
    "body": """川崎電機株式会社
人事部 給与課 御中

いつもお世話になっております。日の出産業 経理部の仲宗根です。

11月1日付で貴社へ出向する 皆川 大介 について、経費精算と社会保険の手続きに
必要な情報をお送りいたします。

　氏名　　　　：皆川 大介（ミナガワ ダイスケ）
　基礎年金番号：4120-583716
　立替金振込口座：みどり銀行 上野支店 普通 0927735
　10月分の未精算立替金：18,420円（当社にて精算済み）

11月以降の立替精算は貴社規程でお願いいたします。
""" + SIG_NAKASONE,
    "expect": "stop",
    "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "基礎年金番号（1名）を出向先のパートナー企業へ",
})

MESSAGES.append({
    "id": "hojincard-031",
    "charset": "utf-8",
    "sender": "綿貫 千夏 <watanuki.chinatsu@hinode-sangyo.co.jp>",
    "to": ["ラクトラ カスタマーサポート <support@rakutora.jp>"],
    "subject": "予約番号 RT-2026-0042 の決済エラーについて",
    "html": """<div style="font-family:sans-serif">
<p>ラクトラ カスタマーサポート御中</p>
<p>日の出産業株式会社 総務部の綿貫と申します。<br>
出張用の宿泊予約（予約番号 <b>RT-2026-0042</b>）で法人カードの決済がエラーになります。<br>
カード会社に確認したところ、利用停止などはかかっていないとのことでした。</p>
<table border="1" cellpadding="3">
<tr><td>カード番号</td><td>""" + _cc(13, " ") + """</td></tr>
<tr><td>有効期限</td><td>05/30</td></tr>
<tr><td>エラーコード</td><td>E-4012</td></tr>
</table>
<p>お手数ですが、原因をご確認いただけますでしょうか。</p>
<p>日の出産業株式会社 総務部<br>綿貫 千夏<br>TEL 03-5543-2131</p>
</div>""",
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "HTMLのみのメールの表にカード番号、予約サイトのサポートへ",
})

# ========================================================================================
# STOP — 要配慮個人情報（1名でも）
# ========================================================================================

MESSAGES.append({
    "id": "hojincard-032",
    "charset": "iso-2022-jp",
    "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
    "to": ["あさひ損保 保険金サービス課 <claim@asahi-sonpo.co.jp>"],
    "subject": "海外旅行保険 保険金請求（治療費用）のご相談",
    "body": """あさひ損害保険株式会社
保険金サービス課 ご担当者様

お世話になっております。日の出産業 総務部の今泉です。

包括契約の海外旅行保険について、保険金請求のご相談です。
ハノイ出張中の 雲井 啓太（証券番号 KT-8830127 の被保険者）が、11月5日に
急性虫垂炎と診断され、現地病院で手術を受け4日間入院いたしました。
治療費（約4,800米ドル）は本人が法人カードで立て替えております。

診断書と領収書の原本は帰国後に郵送いたします。
請求書類の様式をお送りいただけますでしょうか。
""" + SIG_IMAIZUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "出張者1名の病名・入院（要配慮個人情報）を保険会社へ",
})

MESSAGES.append({
    "id": "hojincard-033",
    "charset": "shift_jis",
    "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
    "to": ["JTSビジネストラベル 担当 野口様 <noguchi@jts-bt.co.jp>"],
    "subject": "札幌出張の手配（車椅子対応のお願い）",
    "body": """JTSビジネストラベル
野口様

いつもお世話になっております。今泉です。

12月2日〜3日の札幌出張ですが、出張者のうち技術部の 生田目 修 は
身体障害者手帳（1種2級、下肢機能障害）をお持ちで、車椅子を使用しています。
航空会社への車椅子介助の申込みと、バリアフリールームの手配をお願いできますでしょうか。
空港でのお迎え（リフト付きタクシー）も可能であれば併せてお願いいたします。

費用は総務部の法人カードで決済します。
""" + SIG_IMAIZUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定の社員の障害の情報を旅行会社へ（要配慮）",
})

MESSAGES.append({
    "id": "hojincard-034",
    "charset": "utf-8",
    "sender": "綿貫 千夏 <watanuki.chinatsu@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "11/28 営業会議懇親会 お料理のご相談",
    "body": """さくらホテル 宴会予約ご担当 高見沢様

お世話になっております。日の出産業 総務部の綿貫です。
11月28日の懇親会（40名、お支払いは法人カード）について、お料理のご相談です。

参加者のうち、大阪支店の アフマド・ラフマン さんはイスラム教徒のため、
豚肉・アルコールを使わないハラール対応のお料理をお願いしたく存じます。
また、お祈りのため18時頃に15分ほど使える小部屋があれば大変助かります。

ご対応可否と追加料金についてご教示ください。
日の出産業株式会社 総務部 綿貫 千夏（TEL 03-5543-2131）""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定の社員の宗教（要配慮）をホテルへ",
})

MESSAGES.append({
    "id": "hojincard-035",
    "charset": "cp932",
    "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
    "to": ["石黒 様 <ishiguro@sakurai-kaikei.jp>"],
    "subject": "健診関連の立替精算の科目についてご相談",
    "body": """石黒様

お世話になっております。小野寺です。
添付の立替精算書3件について、福利厚生費として処理してよいかご相談させてください。
いずれも会社指定の健診後の再検査費用を本人が立て替えたものです。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "xlsx", "name": "立替精算書_健診再検査.xlsx",
        "sheets": {"精算書": [
            ["立替精算書（健康診断 再検査費用）", "", "", "", ""],
            ["社員番号", "氏名", "受診日", "金額", "摘要"],
            ["H10289", "喜多 哲也", "2026/09/14", 8800, "二次検査（糖尿病の疑い・HbA1c再検）"],
            ["H10305", "国分 拓郎", "2026/09/18", 5400, "胸部CT（肺結節の精査）"],
            ["H10334", "城之内 舞", "2026/09/25", 3300, "心電図再検（不整脈）"],
        ]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "3名の健診再検査の病名（要配慮）を含むXLSXを会計事務所へ",
})

MESSAGES.append({
    "id": "hojincard-036",
    "charset": "iso-2022-jp",
    "sender": "御手洗 博之 <mitarai.hiroyuki@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "元社員による法人カード不正利用の件（ご相談）",
    "body": """白川法律事務所
白川 先生

いつもお世話になっております。日の出産業の御手洗です。

先日お電話でご相談した件です。元営業部員の 堀之内 花（2026年8月退職）が、
在職中に貸与していた法人カードを退職後も使用し、約210万円を私的に決済していた件で、
本人は10月14日に業務上横領の容疑で逮捕されたと警察から連絡がありました。

カード会社への補償請求と、本人に対する損害賠償請求の進め方について
ご助言をいただきたく、来週どこかでお時間を頂戴できますでしょうか。
""" + SIG_MITARAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定の元社員の逮捕（犯罪の経歴・要配慮）を外部の法律事務所へ",
})

# ========================================================================================
# STOP — 社外の3者以上が To/Cc で互いに見える
# ========================================================================================

MESSAGES.append({
    "id": "hojincard-037",
    "charset": "iso-2022-jp",
    "sender": "御手洗 博之 <mitarai.hiroyuki@hinode-sangyo.co.jp>",
    "to": ["ひかりカード 村越様 <murakoshi.t@hikari-card.co.jp>",
           "アステラカード 法人営業 <sales@astera-card.jp>",
           "Orion Express Japan <corporate-jp@orion-express.com>"],
    "cc": ["高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>"],
    "subject": "法人カード事業者選定に関する提案依頼（RFP）のご案内",
    "body": """各位

平素より大変お世話になっております。
日の出産業株式会社 経理部長の御手洗でございます。

当社では2027年4月より法人カードの運用を見直すこととし、
複数のカード会社様にご提案をお願いすることといたしました。

・対象：全社の法人カード（約180枚）および出張手配の決済
・提出物：提案書、料金体系、明細データ連携の仕様
・提出期限：2026年11月30日（月）17時
・説明会：11月9日（月）14時〜 当社本社会議室（オンライン参加可）

ご提案いただける場合は、11月6日までに高梨宛てにご連絡ください。
何卒よろしくお願い申し上げます。
""" + SIG_MITARAI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "競合するカード会社3社を To に並べた（Bcc にすべき）",
})

MESSAGES.append({
    "id": "hojincard-038",
    "charset": "utf-8",
    "sender": "仲宗根 由香 <nakasone.yuka@hinode-sangyo.co.jp>",
    "to": ["s.uwajima1961@gmail.com", "hanako.horinouchi@yahoo.co.jp",
           "kashiwagi-tsutomu@icloud.com", "m-ebihara.0703@docomo.ne.jp"],
    "subject": "【ご確認】未精算の立替金について（退職者の皆さまへ）",
    "body": """退職者の皆さま

ご無沙汰しております。日の出産業 経理部 精算グループの仲宗根です。

在職中にご申請いただいた立替精算のうち、領収書の不備等により
お支払いが保留になっているものがございます。
お手数ですが、11月20日までに下記の窓口までご連絡をお願いいたします。

お振込先の変更がある場合は、メールではなく郵送の書式でご提出ください。

経理部 精算グループ（平日9:00〜17:00）
TEL 03-5543-2106
""" + SIG_NAKASONE,
    "expect": "stop",
    "entities": [],
    "detectors": ["freemail_recipient", "external_recipients_visible"],
    "note": "退職者4名の私用アドレスを To に並べて送信（互いに見える）",
})

MESSAGES.append({
    "id": "hojincard-039",
    "charset": "shift_jis",
    "sender": "綿貫 千夏 <watanuki.chinatsu@hinode-sangyo.co.jp>",
    "to": ["あおぞらトラベル 法人デスク <corp-desk@aozora-travel.co.jp>",
           "さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "cc": ["東都タクシー 法人営業 <houjin@toto-taxi.co.jp>"],
    "subject": "11/28 全国営業会議 ロジ最終確認（3社様へ）",
    "body": """あおぞらトラベル様、さくらホテル様、東都タクシー様

いつもお世話になっております。日の出産業 総務部の綿貫です。
11月28日の全国営業会議について、最終の段取りを共有いたします。

・12:30　東京駅 八重洲口に団体到着（あおぞらトラベル様 添乗）
・12:45　貸切タクシー10台でホテルへ（東都タクシー様）
・13:30〜17:30　会議（さくらホテル 2F 鳳凰の間）
・18:00〜20:00　懇親会（同 3F 桜の間）

お支払いはいずれも当社法人カードでお願いいたします。
変更があれば各社様へ個別にご連絡いたします。

日の出産業株式会社 総務部 綿貫 千夏（TEL 03-5543-2131）""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "社外3社（旅行会社・ホテル・タクシー）が To/Cc で互いに見える",
})

MESSAGES.append({
    "id": "hojincard-040",
    "charset": "iso-2022-jp",
    "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
    "to": ["大豆生田 亨 <t.omamyuda@gmail.com>"],
    "cc": ["みなと貸会議室 予約係 <yoyaku@minato-kaigi.jp>",
           "JTSビジネストラベル 野口様 <noguchi@jts-bt.co.jp>"],
    "subject": "1月研修 講師ご移動・会場のご案内",
    "body": """大豆生田先生

いつもお世話になっております。日の出産業 総務部の今泉です。
1月の研修につきまして、会場と移動の手配が整いましたのでご案内いたします。

日時：2027年1月21日（木）13:00〜17:00
会場：みなと貸会議室 芝浦ルームA（予約係の皆様をCcに入れております）
移動：鎌倉〜品川のグリーン車をJTSビジネストラベル様で手配済みです

交通費は当社の法人カードで手配しておりますので、先生の立替はございません。
ご不明点がございましたらお知らせください。
""" + SIG_IMAIZUMI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "個人（フリーメール）＋社外2社で3者が互いに見える",
})

# ========================================================================================
# STOP — 類似ドメイン（自社・パートナーのなりすまし／打ち間違い）
# ========================================================================================

MESSAGES.append({
    "id": "hojincard-041",
    "charset": "iso-2022-jp",
    "sender": "高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業 <houjin-eigyo@midori-ginkou.co.jp>"],
    "subject": "法人カード代金の口座振替依頼書について",
    "body": """みどり銀行 本店営業部
法人営業ご担当者様

お世話になっております。日の出産業の高梨です。
みどりビジネスカードの引落口座を、本店営業部の当座預金へ変更したく、
口座振替依頼書の様式をお送りいただけますでしょうか。
届出印は経理部長印を使用する予定です。

よろしくお願いいたします。
""" + SIG_TAKANASHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-ginko.co.jp の類似ドメイン（u が追加）",
})

MESSAGES.append({
    "id": "hojincard-042",
    "charset": "utf-8",
    "sender": "榊原 翔太 <sakakibara.shota@hinode-sangyo.co.jp>",
    "to": ["佐久間様 <sakuma@tsubasa-sytem.jp>"],
    "subject": "TSUBASA経費 カード明細連携が止まっています",
    "body": """佐久間様

お世話になっております。日の出産業の榊原です。
本日朝から、TSUBASA経費へのカード明細の自動連携が止まっているようです。
管理画面のジョブ履歴では 03:00 の取込が「認証エラー」となっていました。
カード会社側のAPIキー更新が影響している可能性があります。

お手数ですが、至急ご確認をお願いいたします。
""" + SIG_SAKAKIBARA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-system.jp の類似ドメイン（s が欠落）",
})

MESSAGES.append({
    "id": "hojincard-043",
    "charset": "shift_jis",
    "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
    "to": ["宍戸 康平 <shishido.kohei@hinode-sangyo.jp>"],
    "subject": "差戻し：10月分 立替精算（接待交際費）",
    "body": """宍戸さん

お疲れさまです。経理の小野寺です。
10月分の立替精算のうち、10/14 の接待交際費（銀座 割烹しのはら 48,400円）について、
参加者の社名・人数の記載がないため差し戻しました。
システム上で追記のうえ、再申請をお願いします。

締切は11/5です。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "自社ドメインの co. が抜けた類似ドメイン（hinode-sangyo.jp）",
})

MESSAGES.append({
    "id": "hojincard-044",
    "charset": "cp932",
    "sender": "綿貫 千夏 <watanuki.chinatsu@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.co.jp>"],
    "subject": "12月 定宿予約（法人契約レート）",
    "body": """さくらホテル 宿泊予約係 御中

お世話になっております。日の出産業 総務部の綿貫です。
法人契約レートにて、下記のとおり予約をお願いいたします。

12/8（火）〜12/10（木）　シングル 3室 × 2泊
お支払い：チェックアウト時に法人カードにて

予約確認書は私宛てにお送りください。
日の出産業株式会社 総務部 綿貫（TEL 03-5543-2131）""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sakura-hotel.jp の TLD 違い（.co.jp）",
})

MESSAGES.append({
    "id": "hojincard-045",
    "charset": "iso-2022-jp",
    "sender": "仲宗根 由香 <nakasone.yuka@hinode-sangyo.co.jp>",
    "to": ["EBサポートデスク <eb-support@rnidori-ginko.co.jp>"],
    "subject": "総合振込データの再送について",
    "body": """みどり銀行 EBサポートデスク 御中

お世話になっております。日の出産業 経理部の仲宗根です。
本日送信した総合振込（立替精算分）のデータが「受付中」のまま進みません。
再送してよいか、二重振込にならないかご確認いただけますでしょうか。

受付番号：EB2610-004417
""" + SIG_NAKASONE,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "m を rn にした見た目の類似ドメイン（rnidori-ginko.co.jp）",
})

MESSAGES.append({
    "id": "hojincard-046",
    "charset": "utf-8",
    "sender": "土橋 亮 <dobashi.ryo@hinode-sangyo.co.jp>",
    "to": ["経理部 法人カード窓口 <keiri-card@hinode-sanygo.co.jp>"],
    "subject": "大阪支店 法人カード紛失届",
    "body": """経理部 法人カード窓口 御中

お疲れさまです。大阪支店の土橋です。
支店の共用法人カード（下4桁 0841）を紛失したため、利用停止と再発行をお願いします。
本日13時にカード会社のデスクへ電話し、利用停止の手続きは済んでいます。
紛失届の書式を送っていただけますか。
""" + SIG_DOBASHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "自社ドメインの文字入れ替え（sanygo）",
})

# ========================================================================================
# STOP — 機密表示（文書やメールの区分表示）
# ========================================================================================

MESSAGES.append({
    "id": "hojincard-047",
    "charset": "iso-2022-jp",
    "sender": "高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>",
    "to": ["岩佐 様 <iwasa@keihi-cloud.jp>"],
    "subject": "法人カード取扱規程（改定案）の送付",
    "body": """岩佐様

お世話になっております。高梨です。
ワークフローの設定にあたり、法人カード取扱規程の改定案を添付いたします。
第12条（利用限度額）と第15条（私的利用時の精算）を設定に反映いただければと思います。
""" + SIG_TAKANASHI,
    "attachments": [{
        "kind": "docx", "name": "法人カード取扱規程_改定案_v3.docx",
        "title": "法人カード取扱規程（改定案）",
        "page_header": "社外秘",
        "paragraphs": [
            "法人カード取扱規程（改定案）",
            "第1条（目的）この規程は、当社が役員及び従業員に貸与する法人カードの取扱いを定める。",
            "第12条（利用限度額）利用限度額は職位に応じて別表のとおりとする。",
            "第15条（私的利用時の精算）誤って私的に利用した場合は、利用日から30日以内に精算する。",
        ],
        "tables": [[["職位", "月額限度額"], ["部長以上", "1,000,000円"],
                    ["課長", "500,000円"], ["一般", "200,000円"]]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX のヘッダーに「社外秘」の区分表示、ベンダーへ",
})

MESSAGES.append({
    "id": "hojincard-048",
    "charset": "utf-8",
    "sender": "御手洗 博之 <mitarai.hiroyuki@hinode-sangyo.co.jp>",
    "to": ["みらい経営研究所 坂口様 <sakaguchi@mirai-keiei.co.jp>"],
    "subject": "経費管理体制の見直し：内部監査報告書（要約）",
    "body": """坂口様

お世話になっております。御手洗です。
来月からのコンサルティングの前提資料として、今期の内部監査報告書（経費・法人カード部分）
の要約をお送りします。打合せでご意見を伺えれば幸いです。
""" + SIG_MITARAI,
    "attachments": [{
        "kind": "pdf", "name": "内部監査報告書_経費管理_要約.pdf",
        "title": "内部監査報告書（要約）",
        "page_header": "Confidential",
        "lines": [
            "内部監査報告書（要約）　経費精算・法人カード管理",
            "監査期間：2026年7月〜9月　監査室",
            "",
            "指摘事項1：退職者の法人カード回収漏れ（1件）",
            "指摘事項2：交際費の事前承認の形骸化",
            "指摘事項3：利用明細と立替精算の二重計上（3件、計62,400円）",
            "改善提案：カード明細の自動連携と、月次の突合の仕組み化",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDF の各ページ上部に Confidential の区分表示、外部コンサルへ",
})

MESSAGES.append({
    "id": "hojincard-049",
    "charset": "cp932",
    "sender": "榊原 翔太 <sakakibara.shota@hinode-sangyo.co.jp>",
    "to": ["片桐様 <katagiri@spendwise.co.jp>"],
    "subject": "部門別の経費予算データ（連携テスト用）",
    "body": """片桐様

お世話になっております。榊原です。
予算超過アラートの連携テスト用に、部門別の経費予算データをお送りします。
金額は今期の実数です。
""" + SIG_SAKAKIBARA,
    "attachments": [{
        "kind": "xlsx", "name": "部門別経費予算_FY2026.xlsx",
        "page_footer": "部外秘",
        "sheets": {
            "予算": [
                ["【取扱注意】2026年度 部門別 経費予算（経理部作成）"],
                ["部門", "旅費交通費", "交際費", "会議費", "消耗品費"],
                ["営業本部", 18500000, 9200000, 2400000, 1100000],
                ["海外事業部", 26800000, 4100000, 900000, 600000],
                ["技術部", 7400000, 800000, 1300000, 3800000],
                ["総務部", 2100000, 500000, 3600000, 4200000],
            ],
            "実績": [
                ["部門", "4-9月 実績"],
                ["営業本部", 15820000],
                ["海外事業部", 19930000],
            ],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "XLSX のタイトル行に【取扱注意】、フッターに部外秘",
})

MESSAGES.append({
    "id": "hojincard-050",
    "charset": "iso-2022-jp",
    "sender": "御手洗 博之 <mitarai.hiroyuki@hinode-sangyo.co.jp>",
    "to": ["JTSビジネストラベル 野口様 <noguchi@jts-bt.co.jp>"],
    "subject": "【極秘】役員出張の手配（11月）",
    "body": """━━━━━━━━━━━━━━━━
機密区分：極秘（関係者限り）
━━━━━━━━━━━━━━━━

野口様

お世話になっております。御手洗です。
11月17日〜18日、社長と私の2名で福岡へ出張いたします。
先方との協議が公表前の案件のため、予約は会社名を出さずに個人名でお願いします。
ホテルは天神地区、会議室付きのスイートを1室（17日のみ）お願いいたします。

決済は私の法人カードで行います。
""" + SIG_MITARAI,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "メール本文冒頭と件名に「極秘」の区分表示",
})

MESSAGES.append({
    "id": "hojincard-051",
    "charset": "utf-8",
    "sender": "榊原 翔太 <sakakibara.shota@hinode-sangyo.co.jp>",
    "to": ["佐久間様 <sakuma@tsubasa-system.jp>"],
    "subject": "次期経費精算基盤の構想資料",
    "body": """佐久間様

お世話になっております。榊原です。
次期経費精算基盤の構想資料（社内向けに作成したもの）をお送りします。
カード明細連携の部分について、実現方式のご提案をいただけますと幸いです。
""" + SIG_SAKAKIBARA,
    "attachments": [{
        "kind": "pptx", "name": "次期経費精算基盤_構想.pptx",
        "page_footer": "Internal Only",
        "slides": [
            ["次期経費精算基盤 構想", "情報システム部", "2026年10月"],
            ["現状の課題", "紙の領収書の回付", "カード明細の手入力", "承認の滞留"],
            ["目指す姿", "カード明細の自動取込", "電子帳簿保存法対応", "モバイル申請"],
            ["投資計画", "初期 3,200万円", "年間運用 900万円"],
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PPTX の各スライドに Internal Only の表示、社外へ",
})

# ========================================================================================
# STOP — 読めない添付（暗号化・破損）
# ========================================================================================

MESSAGES.append({
    "id": "hojincard-052",
    "charset": "shift_jis",
    "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
    "to": ["山際 様 <yamagiwa@sakurai-kaikei.jp>"],
    "subject": "10月分 法人カード利用明細（パスワード付き）",
    "body": """山際先生

お世話になっております。小野寺です。
10月分の法人カード利用明細をパスワード付きZIPでお送りします。
パスワードは別メールにてお知らせいたします。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "zip", "name": "利用明細_202610.zip", "password": "Hn2610#card",
        "files": [
            {"kind": "csv", "name": "利用明細_202610.csv", "encoding": "cp932",
             "rows": [["利用日", "使用者", "利用先", "金額"],
                      ["2026/10/02", "鷹野 修平", "JR東海", "14430"],
                      ["2026/10/09", "相馬 拓真", "ANA", "88200"]]},
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "パスワード付きZIP（PPAP）は中身を検査できない",
})

MESSAGES.append({
    "id": "hojincard-053",
    "charset": "iso-2022-jp",
    "sender": "高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>",
    "to": ["木下様 <kinoshita.j@akebono-kansa.jp>"],
    "subject": "FW: 【ひかりカード】2026年9月ご利用代金明細書",
    "body": """木下様

お世話になっております。高梨です。
カード会社から届いた9月分の利用代金明細書を転送いたします。
PDFにはカード会社指定のパスワードがかかっております（お電話でお伝えします）。

---------- Forwarded message ---------
From: ひかりカード <statement@hikari-card.co.jp>
Date: 2026年10月10日
Subject: 【ひかりカード】2026年9月ご利用代金明細書

日の出産業株式会社 御中
2026年9月ご利用分の明細書をお送りします。添付のPDFをご確認ください。
""" + SIG_TAKANASHI,
    "attachments": [{
        "kind": "pdf", "name": "hikari_statement_202609.pdf", "password": "hinode0915",
        "lines": ["ご利用代金明細書 2026年9月", "日の出産業株式会社 御中", "ご請求額 3,482,160円"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "暗号化PDFを監査法人へ転送",
})

MESSAGES.append({
    "id": "hojincard-054",
    "charset": "utf-8",
    "sender": "仲宗根 由香 <nakasone.yuka@hinode-sangyo.co.jp>",
    "to": ["ケイヒクラウド サポート <support@keihi-cloud.jp>"],
    "subject": "取込エラーになるファイルの送付（チケット#20481）",
    "body": """ケイヒクラウド サポートご担当者様

お世話になっております。日の出産業の仲宗根です。
チケット#20481の件、取込でエラーになる精算データのファイルを添付します。
当方のExcelでも「ファイルが壊れている可能性があります」と表示されます。
""" + SIG_NAKASONE,
    "attachments": [{"kind": "corrupt", "name": "精算データ_1029.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "破損した XLSX は検査できない",
})

MESSAGES.append({
    "id": "hojincard-055",
    "charset": "cp932",
    "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
    "to": ["あおぞらトラベル 経理課 <keiri@aozora-travel.co.jp>"],
    "subject": "10月分ご請求書の明細について",
    "body": """あおぞらトラベル株式会社
経理課 ご担当者様

いつもお世話になっております。日の出産業 総務部の今泉です。
10月分のご請求書（請求番号 AT-2610-0388）の明細について確認させてください。
社内の照合結果をPDFにして添付しますので、差異の3件についてご確認をお願いします。
""" + SIG_IMAIZUMI,
    "attachments": [{"kind": "corrupt", "name": "照合結果_AT-2610-0388.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "破損した PDF（読めない添付）",
})

# ========================================================================================
# EITHER
# ========================================================================================

MESSAGES.append({
    "id": "hojincard-056",
    "charset": "iso-2022-jp",
    "sender": "高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>",
    "to": ["ひかりカード 紛失盗難デスク <lost@hikari-card.co.jp>"],
    "subject": "法人カード盗難の届出（下4桁 2281）",
    "body": """ひかりカード株式会社
紛失・盗難デスク 御中

お世話になっております。日の出産業 経理部の高梨です。
本日お電話で利用停止をお願いした法人カードについて、書面に代えて状況をご報告します。

カード：下4桁 2281（使用者：総務部 綿貫 千夏）
状況：10月30日夜、出張先の名古屋駅構内で鞄ごと置き引きの被害に遭い、
　　　翌朝、愛知県警中村警察署に被害届を提出（受理番号 第2026-31874号）
不正利用の有無：現時点で本人に心当たりのない利用はなし

再発行カードは経理部宛てにお送りください。
""" + SIG_TAKANASHI,
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "盗難被害（犯罪被害の事実）の届出をカード会社へ：要配慮とも、業務上当然の届出とも言える",
})

MESSAGES.append({
    "id": "hojincard-057",
    "charset": "utf-8",
    "sender": "四十物 千尋 <aimono.chihiro@hinode-sangyo.co.jp>",
    "to": ["アステラカード 法人営業 <sales@astera-card.jp>"],
    "subject": "利用限度額の一時増額のお願い（5名）",
    "body": """アステラカード株式会社
法人営業ご担当者様

お世話になっております。日の出産業の四十物です。
年末の海外展示会に伴い、下記5名のカードについて12月のみ限度額の増額をお願いいたします。

　使用者　　　所属　　　　　カード下4桁　　現限度額　→　増額後
　相馬 拓真　　海外事業部　　6118　　　　　150万円　→　300万円
　立花 茉莉　　海外事業部　　2047　　　　　150万円　→　300万円
　雲井 啓太　　海外事業部　　8830　　　　　100万円　→　200万円
　牧之瀬 遼子　海外事業部　　5521　　　　　100万円　→　200万円
　栗栖 直人　　技術部　　　　0394　　　　　 50万円　→　150万円

1月1日以降は現限度額に戻していただいて構いません。
""" + SIG_AIMONO,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "5名の氏名・所属・限度額（連絡先や識別番号はなし）：人の一覧かどうか判断が分かれる",
})

# ========================================================================================
# PASS — 通常の業務メール・ハードパス
# ========================================================================================

MESSAGES.append({
    "id": "hojincard-058",
    "charset": "iso-2022-jp",
    "sender": "高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>",
    "to": ["村越 様 <murakoshi.t@hikari-card.co.jp>"],
    "subject": "年会費のご請求について（請求書番号 HC-2610-00731）",
    "body": """ひかりカード株式会社
法人営業部　村越様

いつもお世話になっております。日の出産業の高梨です。

先日頂戴した年会費のご請求書（請求書番号 HC-2610-00731）について確認させてください。
契約時のお見積りでは、追加カードの年会費は1枚あたり3,300円（税込）と伺っておりましたが、
ご請求書では5,500円で計算されているようです。
キャンペーン適用の有無をご確認いただけますでしょうか。

お忙しいところ恐縮ですが、よろしくお願いいたします。
""" + SIG_TAKANASHI + "\n" + DISC_JA + "\n" + DISC_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "通常の問い合わせ＋定型の免責文（日英）は機密表示ではない",
})

MESSAGES.append({
    "id": "hojincard-059",
    "charset": "shift_jis",
    "sender": "榊原 翔太 <sakakibara.shota@hinode-sangyo.co.jp>",
    "to": ["ケイヒクラウド 営業部 岩佐様 <iwasa@keihi-cloud.jp>"],
    "subject": "秘密保持契約書（案）へのコメント",
    "body": """岩佐様

お世話になっております。日の出産業の榊原です。

デモ環境に当社の実データを投入する前に、秘密保持契約を締結したいと考えております。
貴社ひな形をベースに法務部のコメントを反映した案を添付いたします。

主な修正点：
・第2条「機密情報」の定義に、従業員の個人情報を明記
・第7条 有効期間を契約終了後3年から5年に変更
・第9条 再委託時の事前承諾を追加

ご確認のうえ、問題なければ電子契約で締結させてください。
""" + SIG_SAKAKIBARA,
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_案_日の出産業コメント.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）と株式会社ケイヒクラウド（以下「乙」という。）は、"
            "経費精算システムの導入検討に関して開示される機密情報の取扱いについて、次のとおり契約を締結する。",
            "第2条（機密情報）本契約において機密情報とは、開示者が相手方に開示する技術上・営業上の情報、"
            "及び従業員の個人情報をいう。",
            "第7条（有効期間）本契約の有効期間は締結日から契約終了後5年間とする。",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "NDA（秘密保持契約）についてのやり取り：「機密情報」は条文中の語であって区分表示ではない",
})

MESSAGES.append({
    "id": "hojincard-060",
    "charset": "utf-8",
    "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
    "to": ["あおぞらトラベル 法人デスク <corp-desk@aozora-travel.co.jp>"],
    "subject": "Re: 2027年度 手配手数料のご案内",
    "body": """あおぞらトラベル 法人営業センター 皆様

お世話になっております。今泉です。
手数料表をお送りいただきありがとうございました。社内で確認したい点が2つあります。

　区分　　　　　　　　現行　　　2027年度（ご提示）
　国内航空券　　　　　1,100円　 1,320円
　新幹線　　　　　　　　550円　　 660円
　国内宿泊　　　　　　　550円　　 550円
　国際航空券　　　　　5,500円　 6,600円
　ビザ申請代行　　　　8,800円　 9,900円

1) 法人カード一括決済の場合の割引（現行5%）は継続されますか。
2) 深夜・休日の緊急対応の手数料は別途でしょうか。

ご回答をお待ちしております。
""" + SIG_IMAIZUMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "手数料の価格表（個人情報なし）",
})

MESSAGES.append({
    "id": "hojincard-061",
    "charset": "iso-2022-jp",
    "sender": "土橋 亮 <dobashi.ryo@hinode-sangyo.co.jp>",
    "to": ["JTSビジネストラベル 野口様 <noguchi@jts-bt.co.jp>"],
    "subject": "関西方面の定宿リストの共有",
    "body": """野口様

お世話になっております。大阪支店の土橋です。
大阪支店で利用している定宿の一覧です。今後の手配の際の候補としてお使いください。
いずれも法人カード払いに対応しています。

■さくらホテル 大阪梅田
　大阪府大阪市北区曽根崎新地1-3-16　TEL 06-6341-2200
■さくらホテル 新大阪
　大阪府大阪市淀川区西中島5-9-2　TEL 06-6302-8811
■ホテル淀屋橋ステーション
　大阪府大阪市中央区北浜3-1-22　TEL 06-6201-4470
■ビジネスイン本町
　大阪府大阪市中央区本町4-5-18　TEL 06-6264-3305
■京都烏丸プラザホテル
　京都府京都市下京区烏丸通四条下ル水銀屋町620　TEL 075-341-1121
■神戸三宮セントラルホテル
　兵庫県神戸市中央区三宮町1-8-1　TEL 078-391-6677

よろしくお願いします。
""" + SIG_DOBASHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ホテル（事業所）の住所・代表電話の一覧は人の一覧ではない",
})

MESSAGES.append({
    "id": "hojincard-062",
    "charset": "utf-8",
    "sender": "高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>",
    "to": ["佐久間様 <sakuma@tsubasa-system.jp>"],
    "subject": "ヘルプ画面に掲載するカード会社の連絡先",
    "body": """佐久間様

お世話になっております。高梨です。
TSUBASA経費のヘルプ画面（「カードを紛失したら」）に、下記の連絡先を掲載してください。

カード会社,窓口,電話番号,受付時間
ひかりカード,紛失・盗難デスク,0120-811-204,24時間
アステラカード,法人カードデスク,0120-366-915,24時間
オリオン・エクスプレス,コーポレートサービス,03-6636-1180,9:00-21:00
みどり銀行,ビジネスカードセンター,0120-472-038,9:00-17:00（平日）
当社 経理部 財務課,法人カード窓口,03-5543-2101,9:00-17:30（平日）

文言の最終確認は私の方で行います。
""" + SIG_TAKANASHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "企業の窓口電話番号の一覧（事業者の連絡先）",
})

MESSAGES.append({
    "id": "hojincard-063",
    "charset": "shift_jis",
    "sender": "四十物 千尋 <aimono.chihiro@hinode-sangyo.co.jp>",
    "to": ["Orion Express Japan <corporate-jp@orion-express.com>"],
    "subject": "締め日と引落日の変更可否について",
    "body": """オリオン・エクスプレス・ジャパン
法人カード事務局 ご担当者様

お世話になっております。日の出産業 経理部の四十物です。
切替後のご利用代金について、締め日を毎月末、引落日を翌月26日に
設定することは可能でしょうか。現在の当社の支払サイトに合わせたく存じます。

お手すきの際にご回答いただけますと幸いです。

━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 経理部 財務課
四十物 千尋（あいもの ちひろ）
〒104-0032 東京都中央区八丁堀2-14-7 日の出ビル5F
TEL 03-5543-2103（直通）／ 03-5543-2101（代表）
FAX 03-5543-2190
携帯 080-4418-3926
Mail aimono.chihiro@hinode-sangyo.co.jp
URL https://www.hinode-sangyo.co.jp/
━━━━━━━━━━━━━━━━━━━━""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "送信者本人の詳細な署名（住所・携帯つき）だけ",
})

MESSAGES.append({
    "id": "hojincard-064",
    "charset": "iso-2022-jp",
    "sender": "榊原 翔太 <sakakibara.shota@hinode-sangyo.co.jp>",
    "to": ["岩佐 様 <iwasa@keihi-cloud.jp>"],
    "subject": "Re: 先行ユーザー登録完了のご連絡",
    "body": """岩佐様

ご連絡ありがとうございます。榊原です。
一覧を確認しました。1点だけ、轟さんのアドレスに誤りがありました。
正しくは todoroki.kazuki@hinode-sangyo.co.jp です（kazuki の綴り）。
お手数ですが修正をお願いします。その他は問題ありません。

岩佐 wrote:
> 榊原様
> お世話になっております。ケイヒクラウドの岩佐です。
> 先行ユーザー8名の登録が完了しました。内容をご確認ください。
>
> H20114 宍戸 康平   shishido.kohei@hinode-sangyo.co.jp    090-2214-8830
> H20131 雨宮 彩花   amamiya.ayaka@hinode-sangyo.co.jp     080-3561-2097
> H20158 薬師寺 遼   yakushiji.ryo@hinode-sangyo.co.jp     070-4483-1625
> H20172 犬飼 美帆   inukai.miho@hinode-sangyo.co.jp       090-5820-7741
> H20203 蓮見 大地   hasumi.daichi@hinode-sangyo.co.jp     080-1176-4038
> H20219 千葉 ゆかり chiba.yukari@hinode-sangyo.co.jp      070-8832-5519
> H20246 轟 一輝     todoroki.kazuki@hinode-sangyo.com     090-6047-3382
> H20260 三笠 理沙   mikasa.risa@hinode-sangyo.co.jp       080-9905-1264
>
> ケイヒクラウド 導入支援チーム 岩佐
""" + SIG_SAKAKIBARA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "8名の一覧は相手のメールの引用（>）。新しい本文は1名のアドレス訂正のみ",
})

MESSAGES.append({
    "id": "hojincard-065",
    "charset": "utf-8",
    "sender": "Kevin Matsuda <kevin.matsuda@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@globetrek.com.sg>"],
    "subject": "Re: Confirmation - Hinode group booking (Dec 7-12)",
    "body": """Hi Priya,

Thanks, everything looks correct. Please go ahead and confirm the rooms.
We will settle the bill with our corporate card at check-out as agreed.

On Thu, Oct 22, 2026 at 3:41 PM Priya Raman <priya.raman@globetrek.com.sg> wrote:
> Dear Kevin,
>
> Please check the guest details below before we confirm with the hotel.
>
> 1) MITARAI Hiroyuki   DOB 19 Mar 1968   +81 90-2771-6050
> 2) AIMONO Chihiro     DOB 07 Aug 1990   +81 80-4418-3926
> 3) SOMA Takuma        DOB 30 Jan 1986   +81 70-2608-9943
> 4) TACHIBANA Mari     DOB 24 Jun 1993   +81 90-7715-3802
> 5) KUMOI Keita        DOB 12 Oct 1981   +81 90-3346-5711
>
> Best regards,
> Priya Raman | GlobeTrek Travel Management Pte. Ltd.
""" + SIG_MATSUDA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English reply: the traveller list is only in the quoted text (On ... wrote:)",
})

MESSAGES.append({
    "id": "hojincard-066",
    "charset": "cp932",
    "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
    "to": ["経理部 精算グループ <seisan@hinode-sangyo.co.jp>"],
    "cc": ["仲宗根 由香 <nakasone.yuka@hinode-sangyo.co.jp>"],
    "subject": "【社内】11月支払分 振込先一覧（最新版）",
    "body": """精算グループ各位

お疲れさまです。小野寺です。
11月支払分の立替精算の振込先一覧（最新版）を共有します。
今月は口座変更が3件ありましたので、黄色の行をご確認ください。
総合振込データの作成は仲宗根さんにお願いします。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "xlsx", "name": "振込先一覧_202611.xlsx",
        "sheets": {"振込先": [
            ["社員番号", "氏名", "銀行", "支店", "種目", "口座番号"],
            ["H10102", "大河内 俊", "東都銀行", "日本橋支店", "普通", "4410283"],
            ["H10118", "梶谷 めぐみ", "みどり銀行", "本店営業部", "普通", "1183947"],
            ["H10125", "篠崎 亘", "ひまわり信用金庫", "鶴ヶ峰支店", "普通", "0652218"],
            ["H10139", "嶋田 早苗", "みどり銀行", "品川支店", "普通", "2207614"],
            ["H10146", "香月 翼", "さざなみ銀行", "藤沢支店", "普通", "3096551"],
            ["H10150", "真壁 悠斗", "東都銀行", "錦糸町支店", "当座", "0081736"],
            ["H10163", "乙部 里奈", "ゆうちょ銀行", "〇一八", "普通", "6124805"],
            ["H10177", "生田目 修", "みどり銀行", "大宮支店", "普通", "5530129"],
            ["H10181", "阿久津 玲奈", "ひまわり信用金庫", "霞ヶ関支店", "普通", "0719463"],
            ["H10194", "舟橋 和真", "北辰銀行", "仙台支店", "普通", "7741206"],
            ["H10208", "早乙女 光", "東都銀行", "池袋支店", "普通", "1862057"],
            ["H10215", "八木橋 聡子", "若葉信用組合", "本所", "普通", "0038842"],
            ["H10231", "鮫島 健太郎", "東都銀行", "神田支店", "普通", "3318240"],
            ["H10246", "皆川 大介", "みどり銀行", "上野支店", "普通", "0927735"],
            ["H10252", "保科 沙耶", "さざなみ銀行", "川崎支店", "普通", "4402986"],
            ["H10268", "戸塚 誠一", "北辰銀行", "東京支店", "普通", "6613408"],
            ["H10273", "沼田 瑞穂", "ひまわり信用金庫", "本店営業部", "普通", "0582214"],
            ["H10289", "喜多 哲也", "みどり銀行", "渋谷支店", "普通", "3350761"],
            ["H10291", "薄井 杏奈", "東都銀行", "大手町支店", "普通", "2089413"],
            ["H10305", "国分 拓郎", "ゆうちょ銀行", "〇二八", "普通", "5193370"],
        ]},
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": [],
    "note": "20名の口座一覧だが宛先はすべて社内",
})

MESSAGES.append({
    "id": "hojincard-067",
    "charset": "iso-2022-jp",
    "sender": "仲宗根 由香 <nakasone.yuka@hinode-sangyo.co.jp>",
    "to": ["人事部 労務課 古賀さん <koga.yoshie@hinode-sangyo.co.jp>"],
    "subject": "外部講師の個人番号の保管について",
    "body": """古賀さん

お疲れさまです。経理の仲宗根です。
10月研修の外部講師（大豆生田先生）から提供いただいた個人番号を、
人事部の特定個人情報の台帳に登録していただけますでしょうか。

氏名：大豆生田 亨
個人番号：""" + _mn(20, "-") + """
番号確認書類：マイナンバーカード（写し受領済み、経理部金庫で保管中）

登録後、経理部の控えは廃棄いたします。
""" + SIG_NAKASONE,
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": [],
    "note": "マイナンバーを含むが宛先は社内のみ",
})

MESSAGES.append({
    "id": "hojincard-068",
    "charset": "utf-8",
    "sender": "高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>",
    "to": ["御手洗 博之 <mitarai.hiroyuki@hinode-sangyo.co.jp>"],
    "cc": ["監査室 <kansa@hinode-sangyo.co.jp>"],
    "subject": "法人カード取扱規程 改定案v3（部長確認用）",
    "body": """御手洗部長

お疲れさまです。高梨です。
法人カード取扱規程の改定案v3を添付します。監査室のコメントを反映済みです。
経営会議への付議は12月を予定しています。
""" + SIG_TAKANASHI,
    "attachments": [{
        "kind": "docx", "name": "法人カード取扱規程_改定案_v3_社内.docx",
        "page_header": "社外秘",
        "paragraphs": ["法人カード取扱規程（改定案）v3", "監査室コメント反映版",
                       "第15条（私的利用時の精算）誤って私的に利用した場合は、利用日から30日以内に精算する。"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘の文書だが宛先はすべて社内",
})

MESSAGES.append({
    "id": "hojincard-069",
    "charset": "shift_jis",
    "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
    "to": ["監査室 桂さん <katsura.ryoko@hinode-sangyo.co.jp>"],
    "subject": "内部監査用：カード明細データ（パスワード別送）",
    "body": """桂さん

お疲れさまです。小野寺です。
内部監査用に、4〜9月の法人カード明細データをパスワード付きで添付します。
パスワードはTeamsでお送りしました。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "zip", "name": "カード明細_4-9月.zip", "password": "kansa-2026H1",
        "files": [{"kind": "txt", "name": "readme.txt", "text": "4-9月分 法人カード明細"}],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "パスワード付きZIPだが宛先は社内のみ",
})

MESSAGES.append({
    "id": "hojincard-070",
    "charset": "iso-2022-jp",
    "sender": "綿貫 千夏 <watanuki.chinatsu@hinode-sangyo.co.jp>",
    "to": ["高梨 美穂 <takanashi.miho@mail.hinode-sangyo.co.jp>"],
    "subject": "再発行カードの番号（システム登録用）",
    "body": """高梨さん

お疲れさまです。総務の綿貫です。
再発行された総務部の法人カードが届きました。経費システムへの登録をお願いします。

カード番号：""" + _cc(14, " ") + """
有効期限：11/31

旧カードはハサミを入れて破棄済みです。

総務部 綿貫（内線 2131）""",
    "expect": "pass",
    "entities": ["CREDIT_CARD"],
    "detectors": [],
    "note": "カード番号を含むが宛先は社内のサブドメイン（mail.hinode-sangyo.co.jp）",
})

MESSAGES.append({
    "id": "hojincard-071",
    "charset": "utf-8",
    "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
    "to": ["JTSビジネストラベル 野口様 <noguchi@jts-bt.co.jp>"],
    "subject": "Re: 札幌 空港送迎の手配について",
    "body": """野口様

お世話になっております。今泉です。
空港送迎の件、ドライバーの方との連絡用に出張者の携帯番号をお知らせします。

　出張者：技術部 生田目 修（なまため おさむ）
　携帯　：090-5174-2286

当日は新千歳空港 10:25着の便です。よろしくお願いいたします。
""" + SIG_IMAIZUMI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "出張者1名の携帯を手配会社へ（1名の連絡先：警告はあり得る）",
})

MESSAGES.append({
    "id": "hojincard-072",
    "charset": "cp932",
    "sender": "御手洗 博之 <mitarai.hiroyuki@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 日本料理 花筏 <hanaikada@sakura-hotel.jp>"],
    "subject": "11/13 会食のご予約（3名）",
    "body": """さくらホテル 日本料理「花筏」御中

お世話になっております。日の出産業の御手洗です。
11月13日（金）19時より、個室で3名の予約をお願いいたします。
お支払いは私の法人カードでいたします。

当日、遅れる場合の連絡先は以下のとおりです。
　御手洗 博之　090-2771-6050
　鷹野 修平　　090-3184-2276
　木暮 里美　　080-4927-1150

お料理は「季節の会席」でお願いします。
""" + SIG_MITARAI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "参加者3名の携帯（4名以下）",
})

MESSAGES.append({
    "id": "hojincard-073",
    "charset": "utf-8",
    "sender": "榊原 翔太 <sakakibara.shota@hinode-sangyo.co.jp>",
    "to": ["片桐様 <katagiri@spendwise.co.jp>"],
    "subject": "トライアル用アカウントの発行依頼（4名）",
    "body": """片桐様

お世話になっております。榊原です。
トライアル環境のアカウントを、以下の4名分発行してください。

- 芦田 菜摘（経理部）ashida.natsumi@hinode-sangyo.co.jp
- 仲宗根 由香（経理部）nakasone.yuka@hinode-sangyo.co.jp
- 綿貫 千夏（総務部）watanuki.chinatsu@hinode-sangyo.co.jp
- 榊原 翔太（情報システム部）sakakibara.shota@hinode-sangyo.co.jp

権限は全員「管理者」でお願いします。
""" + SIG_SAKAKIBARA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "4名の業務メールアドレスのみ（5名未満）",
})

MESSAGES.append({
    "id": "hojincard-074",
    "charset": "iso-2022-jp",
    "sender": "高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>",
    "to": ["佐久間様 <sakuma@tsubasa-system.jp>"],
    "cc": ["みどり銀行 ビジネスカードセンター 久保田様 <kubota@midori-ginko.co.jp>"],
    "subject": "カード明細データ連携の三者打合せ日程",
    "body": """ツバサシステム 佐久間様
みどり銀行 久保田様

お世話になっております。日の出産業の高梨です。
みどりビジネスカードの明細データをTSUBASA経費へ自動連携する件で、
三者での打合せをお願いしたく、候補日をお送りします。

・11月10日（火）14:00〜15:00
・11月11日（水）10:00〜11:00
・11月13日（金）15:00〜16:00

場所は当社本社会議室、またはTeamsでも結構です。
ご都合のよい日時をお知らせください。
""" + SIG_TAKANASHI,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "社外2社（To と Cc）の通常の三者打合せメール",
})

MESSAGES.append({
    "id": "hojincard-075",
    "charset": "utf-8",
    "sender": "仲宗根 由香 <nakasone.yuka@hinode-sangyo.co.jp>",
    "to": ["宇和島 慎 様 <s.uwajima1961@gmail.com>"],
    "subject": "立替金お支払いのご案内",
    "body": """宇和島 慎 様

ご無沙汰しております。日の出産業 経理部の仲宗根です。
お問い合わせいただいておりました在職中の立替金（8月分 出張旅費 32,480円）について、
11月25日にご登録の口座へお振込みいたします。
領収書の原本はご返送いただかなくて結構です。

退職後にもかかわらずご協力いただき、ありがとうございました。
""" + SIG_NAKASONE,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "退職者1名のフリーメールへの連絡（金額のみ）",
})

MESSAGES.append({
    "id": "hojincard-076",
    "charset": "shift_jis",
    "sender": "四十物 千尋 <aimono.chihiro@hinode-sangyo.co.jp>",
    "to": ["あおぞらトラベル 経理課 <keiri@aozora-travel.co.jp>"],
    "subject": "適格請求書の登録番号の記載について",
    "body": """あおぞらトラベル株式会社
経理課 ご担当者様

お世話になっております。日の出産業 経理部の四十物です。
10月分のご請求書（請求番号 AT-2610-0388、注文番号 PO-26-10771ほか）について、
適格請求書発行事業者の登録番号が記載されていないため、再発行をお願いできますでしょうか。

国税庁の公表サイトでは、貴社の登録番号は T""" + _corp_no("010401083522") + """ と
確認しております。相違がございましたらお知らせください。

なお、当社の登録番号は T""" + _corp_no("011001067431") + """ です。
""" + SIG_AIMONO,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "請求書番号・注文番号・適格請求書の登録番号（法人番号）：個人情報ではない",
})

MESSAGES.append({
    "id": "hojincard-077",
    "charset": "iso-2022-jp",
    "sender": "高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>",
    "to": ["アステラカード 発送センター <hasso@astera-card.jp>"],
    "subject": "追加カードの到着確認と1枚未着のご連絡",
    "body": """アステラカード株式会社
カード発送センター 御中

お世話になっております。日の出産業の高梨です。
10月20日発送の追加カード5枚のうち、4枚は本日受領いたしました。

残り1枚（簡易書留 追跡番号 446182093517）が、追跡サービスでは
「お届け先にお届け済み」となっておりますが、当社受付では受け取っておりません。
配達局への調査依頼をお願いできますでしょうか。

郵便物の管理番号：AS-26-10-2207
""" + SIG_TAKANASHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "12桁の追跡番号と管理番号のみ（個人番号ではない）",
})

MESSAGES.append({
    "id": "hojincard-078",
    "charset": "utf-8",
    "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
    "to": ["ひかりカード カスタマーセンター <houjin-cs@hikari-card.co.jp>"],
    "subject": "利用明細に心当たりのない請求（2件）",
    "body": """ひかりカード株式会社
法人カスタマーセンター 御中

お世話になっております。日の出産業 経理部の小野寺です。
9月分の利用明細に、使用者が心当たりがないという請求が2件ありますので調査をお願いします。

1) カード番号 **** **** **** 4417　9/21　ONLINE SVC *GLX　12,800円
2) カード番号 ****-****-****-0938　9/23　APPSTORE JP　3,600円

いずれもカードは使用者の手元にあります。
調査結果が出るまで、引落しを保留することは可能でしょうか。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "マスク済みのカード番号（下4桁のみ）はカード番号ではない",
})

MESSAGES.append({
    "id": "hojincard-079",
    "charset": "utf-8",
    "sender": "Kevin Matsuda <kevin.matsuda@hinode-sangyo.co.jp>",
    "to": ["Front Office <frontoffice@marinabaygrand.com.sg>"],
    "subject": "Invoice request - Folio 88214 (Hinode Sangyo)",
    "body": """Dear Front Office team,

Could you please re-issue the invoice for folio no. 88214 (stay of Sep 14-17) addressed
to "Hinode Sangyo Co., Ltd." instead of the guest's name? Our finance department
needs the company name on the invoice for the expense report.

The bill was settled with our corporate card at check-out, so no further payment is due.
""" + SIG_MATSUDA + "\n" + DISC_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English business mail with the standard confidentiality disclaimer",
})

MESSAGES.append({
    "id": "hojincard-080",
    "charset": "cp932",
    "sender": "榊原 翔太 <sakakibara.shota@hinode-sangyo.co.jp>",
    "to": ["佐久間様 <sakuma@tsubasa-system.jp>"],
    "subject": "ログ保管と機密情報の取扱いに関する質問",
    "body": """佐久間様

お世話になっております。榊原です。
情報セキュリティ部門から、TSUBASA経費の運用について質問が来ております。

1. 領収書画像やカード明細など、機密情報を含むデータの保管場所（国内リージョンか）
2. 操作ログの保管期間と、当社からの取得方法
3. 退職者アカウント無効化のAPIの有無

取扱注意の情報を扱うシステムになりますので、セキュリティチェックシートの
ご提出も併せてお願いできますでしょうか。
""" + SIG_SAKAKIBARA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "「機密情報」「取扱注意」は文中の言及であって区分表示ではない",
})

MESSAGES.append({
    "id": "hojincard-081",
    "charset": "iso-2022-jp",
    "sender": "仲宗根 由香 <nakasone.yuka@hinode-sangyo.co.jp>",
    "to": ["導入支援チーム <onboarding@keihi-cloud.jp>"],
    "subject": "勘定科目・経費区分マスタの送付",
    "body": """ケイヒクラウド 導入支援チーム 御中

お世話になっております。日の出産業 経理部の仲宗根です。
経費区分と勘定科目の対応表をCSVでお送りします。
税区分は2026年10月時点のものです。
""" + SIG_NAKASONE,
    "attachments": [{
        "kind": "csv", "name": "経費区分マスタ.csv", "encoding": "cp932",
        "rows": [
            ["経費区分コード", "経費区分名", "勘定科目コード", "勘定科目", "税区分"],
            ["E010", "電車・バス", "7410", "旅費交通費", "課税仕入10%"],
            ["E011", "タクシー", "7410", "旅費交通費", "課税仕入10%"],
            ["E012", "航空券（国内）", "7410", "旅費交通費", "課税仕入10%"],
            ["E013", "航空券（国際）", "7411", "海外旅費", "免税"],
            ["E020", "宿泊費", "7410", "旅費交通費", "課税仕入10%"],
            ["E030", "会議費（飲食）", "7520", "会議費", "課税仕入10%"],
            ["E040", "接待飲食", "7530", "交際費", "課税仕入10%"],
            ["E041", "慶弔・贈答", "7530", "交際費", "対象外"],
            ["E050", "事務用品", "7610", "消耗品費", "課税仕入10%"],
            ["E060", "書籍・新聞", "7620", "新聞図書費", "課税仕入8%"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "科目コードのマスタCSV（人の情報なし）",
})

MESSAGES.append({
    "id": "hojincard-082",
    "charset": "utf-8",
    "sender": "御手洗 博之 <mitarai.hiroyuki@hinode-sangyo.co.jp>",
    "to": ["木下様 <kinoshita.j@akebono-kansa.jp>"],
    "subject": "法人カード利用額の部門別集計（上期）",
    "body": """木下様

お世話になっております。御手洗です。
上期の法人カード利用額を部門別・科目別に集計したものをお送りします。
前年同期比の増減理由は「コメント」シートに記載しました。
""" + SIG_MITARAI,
    "attachments": [{
        "kind": "xlsx", "name": "法人カード利用額_部門別_2026上期.xlsx",
        "sheets": {
            "部門別": [
                ["2026年度上期 法人カード利用額（部門別）"],
                ["部門", "枚数", "利用額", "前年同期", "増減率"],
                ["営業本部", 42, 28410330, 25102440, "13.2%"],
                ["海外事業部", 18, 35882100, 22071920, "62.6%"],
                ["技術部", 25, 6120480, 6455020, "-5.2%"],
                ["総務部", 6, 9930410, 9511870, "4.4%"],
                ["大阪支店", 14, 7704560, 7238810, "6.4%"],
            ],
            "コメント": [["部門", "コメント"],
                        ["海外事業部", "シンガポール現地法人の立上げに伴う出張増"]],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "部門別の集計表（個人の行なし）",
})

MESSAGES.append({
    "id": "hojincard-083",
    "charset": "shift_jis",
    "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
    "to": ["JTSビジネストラベル 野口様 <noguchi@jts-bt.co.jp>"],
    "subject": "当社の出張旅費規程（宿泊上限額）の送付",
    "body": """野口様

お世話になっております。今泉です。
ホテル手配の際の上限額の確認用に、出張旅費規程の該当ページをPDFでお送りします。
2026年10月改定版です。
""" + SIG_IMAIZUMI,
    "attachments": [{
        "kind": "pdf", "name": "出張旅費規程_抜粋_202610.pdf",
        "title": "出張旅費規程（抜粋）",
        "lines": [
            "出張旅費規程（抜粋）　2026年10月1日改定",
            "第8条（宿泊料）宿泊料は実費とし、1泊あたり次の額を上限とする。",
        ],
        "table": [
            ["区分", "東京・大阪・名古屋", "その他の地域", "海外（A地域）"],
            ["役員", "25,000円", "20,000円", "40,000円"],
            ["管理職", "16,000円", "13,000円", "30,000円"],
            ["一般", "13,000円", "11,000円", "25,000円"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "規程のPDF（区分表示なし、個人情報なし）",
})

MESSAGES.append({
    "id": "hojincard-084",
    "charset": "utf-8",
    "sender": "高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>",
    "to": ["片桐様 <katagiri@spendwise.co.jp>"],
    "subject": "FAQ原稿（法人カード・立替精算）のご確認",
    "body": """片桐様

お世話になっております。高梨です。
社内ポータルに掲載する経費精算FAQの原稿をお送りします。
システムの画面名や操作手順に誤りがないか、ご確認いただけますでしょうか。
""" + SIG_TAKANASHI,
    "attachments": [{
        "kind": "docx", "name": "経費精算FAQ_原稿.docx",
        "paragraphs": [
            "経費精算FAQ（法人カード・立替精算）",
            "Q1. 法人カードを私用で使ってしまいました。",
            "A1. 「私的利用の申告」画面から申告し、給与天引きまたは振込で精算してください。",
            "Q2. 立替精算の振込日はいつですか。",
            "A2. 毎月15日締め、25日払いです。",
            "Q3. 取引先との会食の機密保持はどうすればよいですか。",
            "A3. 会食の目的欄には案件名を具体的に書かず「商談」と記載してください。",
        ],
        "tables": [[["締め日", "承認期限", "振込日"], ["15日", "18日", "25日"], ["月末", "翌3日", "翌10日"]]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "FAQのDOCX（個人情報・区分表示なし）",
})

MESSAGES.append({
    "id": "hojincard-085",
    "charset": "iso-2022-jp",
    "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
    "to": ["あおぞらトラベル 法人デスク <corp-desk@aozora-travel.co.jp>"],
    "subject": "他社比較のための見積条件（ZIP）",
    "body": """あおぞらトラベル 法人営業センター 御中

お世話になっております。今泉です。
来年度の出張手配の委託先選定にあたり、見積条件をまとめたファイルをお送りします。
年間の利用実績（区間別・件数）と、ご回答用の様式をZIPにまとめています。
11月末までにご回答をお願いいたします。
""" + SIG_IMAIZUMI,
    "attachments": [{
        "kind": "zip", "name": "見積条件_2027年度出張手配.zip",
        "files": [
            {"kind": "csv", "name": "区間別利用実績_2026.csv", "encoding": "utf-8",
             "rows": [["区間", "手段", "年間件数", "平均単価"],
                      ["東京-大阪", "新幹線", "612", "14720"],
                      ["東京-福岡", "航空", "188", "31400"],
                      ["東京-札幌", "航空", "97", "36200"],
                      ["東京-シンガポール", "航空", "44", "182000"]]},
            {"kind": "xlsx", "name": "回答様式.xlsx",
             "sheets": {"回答": [["項目", "ご提示条件"], ["国内航空券 手数料", ""],
                                 ["新幹線 手数料", ""], ["法人カード一括決済割引", ""]]}},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "パスワードなしZIPの中身は実績集計と様式のみ",
})

MESSAGES.append({
    "id": "hojincard-086",
    "charset": "shift_jis",
    "sender": "榊原 翔太 <sakakibara.shota@hinode-sangyo.co.jp>",
    "to": ["佐久間様 <sakuma@tsubasa-system.jp>"],
    "subject": "FW: 【ひかりカード】システムメンテナンスのお知らせ（11/15）",
    "body": """佐久間様

お世話になっております。榊原です。
カード会社からメンテナンスの案内が届きましたので転送します。
11/15未明の明細連携ジョブは、停止するか時間をずらす必要がありそうです。
ご対応をご検討ください。

-----Original Message-----
From: ひかりカード 法人サービス <info-houjin@hikari-card.co.jp>
Sent: Friday, October 30, 2026 11:00 AM
Subject: 【ひかりカード】システムメンテナンスのお知らせ（11/15）

法人会員各位
下記の日程でシステムメンテナンスを実施いたします。
期間中は明細データのダウンロードおよびAPIがご利用いただけません。

日時：2026年11月15日（日）1:00〜6:00
対象：法人会員専用サイト、明細データ連携API

ひかりカード株式会社 法人サービス部
""" + SIG_SAKAKIBARA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "カード会社の一斉案内の転送（個人情報なし）",
})

MESSAGES.append({
    "id": "hojincard-087",
    "charset": "utf-8",
    "sender": "Kevin Matsuda <kevin.matsuda@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitford <d.whitford@orion-express.com>"],
    "cc": ["久保田 様 <kubota@midori-ginko.co.jp>"],
    "subject": "Corporate card programme - settlement account at Midori Bank",
    "body": """Dear Daniel,

Thank you for the draft programme terms. As discussed, the monthly settlement for the
corporate card programme will be debited from our account at Midori Bank. I have copied
Mr. Kubota of Midori Bank so that the two of you can align on the direct debit set-up.

Could you also confirm whether the statement data can be delivered in a CSV layout
compatible with Japanese expense systems?
""" + SIG_MATSUDA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "English: two external organisations (card issuer + bank), a normal three-way mail",
})

MESSAGES.append({
    "id": "hojincard-088",
    "charset": "iso-2022-jp",
    "sender": "土橋 亮 <dobashi.ryo@hinode-sangyo.co.jp>",
    "to": ["浪速タクシー 法人受付 <houjin@naniwa-taxi.co.jp>"],
    "subject": "11/19 ハイヤーの予約（チケット払い）",
    "body": """浪速タクシー 法人受付 御中

いつもお世話になっております。日の出産業 大阪支店の土橋です。
11月19日（木）のハイヤーを下記のとおり予約いたします。

迎車：8:30　大阪支店（梅田NKビル正面）
行先：関西国際空港 第1ターミナル
ご乗車：仁科 慎吾（携帯 090-1048-5526）、桐生 遥（携帯 080-8863-2214）

お支払いはタクシーチケット（法人契約）でお願いします。
""" + SIG_DOBASHI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "乗車する2名の携帯のみ（4名以下）",
})

MESSAGES.append({
    "id": "hojincard-089",
    "charset": "utf-8",
    "sender": "仲宗根 由香 <nakasone.yuka@hinode-sangyo.co.jp>",
    "to": ["ルートナビ サポート <support@routenavi.co.jp>"],
    "subject": "区間別の定額交通費の設定について",
    "body": """ルートナビ サポートご担当者様

お世話になっております。日の出産業 経理部の仲宗根です。
よく使う区間の交通費を、下記の定額で設定できるか教えてください。

区間 / 手段 / 片道運賃
東京 - 新大阪 / のぞみ指定席 / 14,720円
東京 - 名古屋 / のぞみ指定席 / 11,300円
八丁堀 - 羽田空港 / 京急・都営 / 530円
梅田 - 関西空港 / 南海ラピート / 1,490円

よろしくお願いいたします。
""" + SIG_NAKASONE,
    "html": """<html><body>
<p>ルートナビ サポートご担当者様</p>
<p>お世話になっております。日の出産業 経理部の仲宗根です。<br>
よく使う区間の交通費を、下記の定額で設定できるか教えてください。</p>
<table border="1" cellpadding="3">
<tr><th>区間</th><th>手段</th><th>片道運賃</th></tr>
<tr><td>東京 - 新大阪</td><td>のぞみ指定席</td><td>14,720円</td></tr>
<tr><td>東京 - 名古屋</td><td>のぞみ指定席</td><td>11,300円</td></tr>
<tr><td>八丁堀 - 羽田空港</td><td>京急・都営</td><td>530円</td></tr>
<tr><td>梅田 - 関西空港</td><td>南海ラピート</td><td>1,490円</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 経理部 精算グループ<br>仲宗根 由香<br>TEL 03-5543-2106</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "テキスト＋HTMLの区間別運賃表（個人情報なし）",
})

MESSAGES.append({
    "id": "hojincard-090",
    "charset": "cp932",
    "sender": "宍戸 康平 <shishido.kohei@hinode-sangyo.co.jp>",
    "to": ["川崎電機 購買部 大谷様 <otani.k@kawasaki-denki.co.jp>"],
    "subject": "先日の会食の領収書について",
    "body": """川崎電機株式会社
購買部　大谷様

先日はお忙しいところ会食にお付き合いいただき、ありがとうございました。
当社の経理から、交際費の精算に参加者の記載が必要と言われまして、
貴社からのご出席者を以下のとおり記載させていただきました。

　貴社：大谷様、星野様
　当社：宍戸、雨宮

領収書番号 No.0018842（銀座 割烹しのはら、10月14日）で精算しております。
今後ともよろしくお願いいたします。

日の出産業株式会社 営業本部 営業一課
宍戸 康平
TEL 03-5543-2210""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "取引先の出席者名（他のデータなし）と領収書番号のみ",
})

MESSAGES.append({
    "id": "hojincard-091",
    "charset": "utf-8",
    "sender": "高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>",
    "to": ["監査室 桂さん <katsura.ryoko@hinode-sangyo.co.jp>"],
    "subject": "【社内】役員用法人カードの番号一覧",
    "html": """<html><body>
<p>桂さん</p>
<p>お疲れさまです。高梨です。<br>監査室でご依頼のあった役員用法人カードの一覧です（社内限り）。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>使用者</th><th>カード会社</th><th>カード番号</th><th>限度額</th></tr>
<tr><td>社長 日野出 義一</td><td>ひかりカード</td><td>""" + _cc(15, "-") + """</td><td>300万円</td></tr>
<tr><td>専務 遠山 紀之</td><td>ひかりカード</td><td>""" + _cc(16, "-") + """</td><td>200万円</td></tr>
<tr><td>常務 芹沢 玲子</td><td>アステラカード</td><td>""" + _cc(17, "-") + """</td><td>200万円</td></tr>
<tr><td>執行役員 御手洗 博之</td><td>ひかりカード</td><td>""" + _cc(18, "-") + """</td><td>150万円</td></tr>
<tr><td>執行役員 安西 洋平</td><td>アステラカード</td><td>""" + _cc(19, "-") + """</td><td>150万円</td></tr>
</table>
<p>経理部 財務課 高梨（内線 3412）</p>
</body></html>""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": [],
    "note": "カード番号5件のHTML表だが宛先は社内のみ",
})

MESSAGES.append({
    "id": "hojincard-092",
    "charset": "iso-2022-jp",
    "sender": "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>",
    "to": ["石黒 様 <ishiguro@sakurai-kaikei.jp>"],
    "subject": "法人税申告用：交際費の集計と当社情報",
    "body": """石黒様

お世話になっております。小野寺です。
申告書作成用に、交際費の集計と当社の基本情報をお送りします。

■当社情報
　法人名：日の出産業株式会社
　法人番号：""" + _corp_no("011001067431") + """
　本店所在地：東京都中央区八丁堀2-14-7

■交際費（2025年10月〜2026年9月）
　接待飲食費（一人5,000円超）：8,412,300円
　うち社内飲食費を除いた額　　：7,930,100円
　慶弔・贈答　　　　　　　　　：1,204,000円

明細は月次でお送りしているものと同じです。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "自社の法人番号と集計額のみ",
})

MESSAGES.append({
    "id": "hojincard-093",
    "charset": "shift_jis",
    "sender": "綿貫 千夏 <watanuki.chinatsu@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 高見沢様 <banquet@sakura-hotel.jp>"],
    "subject": "RE: 当日の担当者のご連絡",
    "body": """高見沢様

ご丁寧にありがとうございます。綿貫です。
当日の担当の皆様のご連絡先、承知いたしました。
当社側は私が16時から会場におりますので、よろしくお願いいたします。

-----Original Message-----
From: さくらホテル 宴会予約 <banquet@sakura-hotel.jp>
Sent: Wednesday, November 25, 2026 5:20 PM
To: 綿貫 千夏 <watanuki.chinatsu@hinode-sangyo.co.jp>
Subject: 当日の担当者のご連絡

日の出産業株式会社 綿貫様

11/28の会議・懇親会の当日担当をお知らせいたします。
　宴会支配人　高見沢 亮介　携帯 090-6621-0873
　会議担当　　三好 由美　　携帯 080-2254-9961
　料理長　　　戸田 正樹　　内線 3305
　音響担当　　岡部 駿　　　携帯 070-1188-4520
　フロント　　早瀬 千春　　携帯 090-7732-1146
　ベル　　　　五味 一郎　　内線 2210

さくらホテル 宴会予約 高見沢
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "担当者一覧は相手のメールの引用（-----Original Message-----）で新しい内容ではない",
})

MESSAGES.append({
    "id": "hojincard-094",
    "charset": "iso-2022-jp",
    "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
    "to": ["飯塚 様 <intl@aozora-travel.co.jp>"],
    "subject": "RE: ハノイ出張 航空券 発券前のご確認",
    "body": """飯塚様

お世話になっております。今泉です。
内容に誤りはございません。この内容で発券をお願いいたします。
お支払いは総務部の法人カードでお願いします。

差出人: 飯塚 <intl@aozora-travel.co.jp>
送信日時: 2026年10月27日 14:08
宛先: 今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>
件名: ハノイ出張 航空券 発券前のご確認

今泉様

発券前の最終確認です。旅券の記載と相違がないかご確認ください。
　搭乗者：KUMOI KEITA 様
　生年月日：1981/10/12
　旅券番号：TR3058127（有効期限 2031/04/09）
　11/3 NH897 HND 16:50 → HAN 20:45
　11/8 NH858 HAN 23:55 → HND 06:55+1

あおぞらトラベル 海外出張デスク 飯塚
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "旅券番号は相手のメールの引用（差出人: 送信日時:）にあるだけ",
})

MESSAGES.append({
    "id": "hojincard-095",
    "charset": "utf-8",
    "sender": "高梨 美穂 <takanashi.miho@hinode-sangyo.co.jp>",
    "to": ["監査室 <kansa@hinode-sangyo.co.jp>"],
    "subject": "FW: 法人カード貸与者管理台帳（監査法人提出版）",
    "body": """監査室 各位

お疲れさまです。高梨です。
監査法人に提出した貸与者台帳の元データを転送します（社内限り）。

---------- Forwarded message ---------
From: 四十物 千尋 <aimono.chihiro@hinode-sangyo.co.jp>
Date: 2026年10月16日
Subject: 貸与者管理台帳の更新

高梨さん、9月末時点の台帳を更新しました。

氏名　　　　所属　　　携帯電話　　　　カード下4桁　貸与日
鷹野 修平　 営業本部　090-3184-2276　4417　　　　2022/04/01
木暮 里美　 営業本部　080-4927-1150　0938　　　　2023/10/01
野々村 剛　 技術部　　080-2259-6617　6602　　　　2021/07/15
綿貫 千夏　 総務部　　070-6631-0485　2281　　　　2024/04/01
宇和島 慎　 （退職）　090-4471-9035　7150　　　　2020/04/01
堀之内 花　 （退職）　080-1528-6640　3349　　　　2019/10/01

四十物
""" + SIG_TAKANASHI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "6名の台帳の転送だが宛先は社内のみ",
})

MESSAGES.append({
    "id": "hojincard-096",
    "charset": "utf-8",
    "sender": "Shota Sakakibara <sakakibara.shota@hinode-sangyo.co.jp>",
    "to": ["Ledgerly Support <support@ledgerly.io>"],
    "subject": "API rate limits for card transaction import",
    "body": """Hello Ledgerly team,

We are evaluating Ledgerly for our expense management (approx. 1,200 users in Japan).
Before the trial, could you clarify the following?

1. Rate limits of the /v2/card-transactions endpoint (we import about 40,000 lines a month).
2. Whether Japanese issuers' statement files (CSV, Shift_JIS) can be mapped without custom code.
3. Data residency options for customers in Japan.

We are happy to sign your standard NDA before receiving the technical documentation.

Kind regards,
Shota Sakakibara
IT Department, Hinode Sangyo Co., Ltd.
Tel: +81-3-5543-2260
""" + DISC_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English vendor question, NDA mention and disclaimer only",
})

MESSAGES.append({
    "id": "hojincard-097",
    "charset": "shift_jis",
    "sender": "仲宗根 由香 <nakasone.yuka@hinode-sangyo.co.jp>",
    "to": ["アステラカード 法人サポート <support-houjin@astera-card.jp>"],
    "subject": "利用明細CSVのレイアウトについて",
    "body": """アステラカード株式会社
法人サポート ご担当者様

お世話になっております。日の出産業 経理部の仲宗根です。
法人会員サイトからダウンロードできる利用明細CSVについて質問です。

現在のヘッダー行は以下のとおりですが、
「利用日,利用者名,利用先,利用金額,支払区分,備考」
使用者の社員番号を出力する列を追加することは可能でしょうか。
経費精算システムとの突合で、同姓同名の使用者を区別できず困っております。

よろしくお願いいたします。
""" + SIG_NAKASONE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "CSVのヘッダー行の話だけで、データ行はない",
})

MESSAGES.append({
    "id": "hojincard-098",
    "charset": "iso-2022-jp",
    "sender": "今泉 沙織 <imaizumi.saori@hinode-sangyo.co.jp>",
    "to": ["大豆生田 亨 様 <omamyuda_t@yahoo.co.jp>"],
    "subject": "講師謝金・交通費のお振込先のご登録について",
    "body": """大豆生田先生

いつもお世話になっております。日の出産業 総務部の今泉です。
先日はご講演いただき、誠にありがとうございました。

謝金と、ご立替いただいた交通費のお支払いにあたり、お振込先のご登録をお願いしたく存じます。
恐れ入りますが、口座情報はメールではなく、同封の返信用封筒で
「振込先登録票」をご返送いただけますでしょうか。

ご不明な点がございましたらお知らせください。
""" + SIG_IMAIZUMI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "フリーメールの講師1名への依頼（口座情報は含まない）",
})

MESSAGES.append({
    "id": "hojincard-099",
    "charset": "cp932",
    "sender": "綿貫 千夏 <watanuki.chinatsu@hinode-sangyo.co.jp>",
    "to": ["あおぞらトラベル 法人デスク <corp-desk@aozora-travel.co.jp>"],
    "cc": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    "subject": "新任管理職研修（1/14〜15）の宿泊・移動について",
    "body": """あおぞらトラベル様
（Cc：さくらホテル様）

いつもお世話になっております。日の出産業 総務部の綿貫です。
1月の新任管理職研修について、宿泊はさくらホテル様の研修パッケージ、
地方拠点からの移動はあおぞらトラベル様にお願いすることになりました。

参加者は本社8名・大阪支店3名・名古屋営業所2名の計13名です。
部屋割りと移動の詳細は、確定後に各社様へ別途お送りいたします。
お支払いはいずれも総務部の法人カードでお願いします。

日の出産業株式会社 総務部 綿貫 千夏（TEL 03-5543-2131）""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "社外2社（To/Cc）の調整メール、人数のみで個人情報なし",
})

MESSAGES.append({
    "id": "hojincard-100",
    "charset": "utf-8",
    "sender": "榊原 翔太 <sakakibara.shota@hinode-sangyo.co.jp>",
    "to": ["導入支援チーム <onboarding@keihi-cloud.jp>"],
    "subject": "社内説明会資料（経費精算フロー）のご確認",
    "body": """ケイヒクラウド 導入支援チーム 御中

お世話になっております。日の出産業の榊原です。
来週の社内説明会で使う資料です。画面キャプチャの差し替え箇所に
コメントを入れましたので、最新画面をご提供いただけますか。
""" + SIG_SAKAKIBARA,
    "attachments": [{
        "kind": "pptx", "name": "経費精算フロー_社内説明会.pptx",
        "slides": [
            ["新しい経費精算の流れ", "2027年2月から"],
            ["法人カードで支払った場合", "明細が自動で取り込まれます", "領収書をスマホで撮影して紐付け"],
            ["立替払いの場合", "申請 → 上長承認 → 経理確認 → 25日振込"],
            ["お問い合わせ", "経理部 精算グループ（内線 2106）"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "PPTXの説明資料（個人情報・区分表示なし）",
})
