"""SENSITIVE_CATEGORY: special-care personal information (要配慮個人情報).

APPI art. 2(3) and its cabinet order: race (人種), creed (信条), social status (社会的
身分), medical history (病歴), criminal record (犯罪の経歴), having been a crime victim,
disabilities (身体障害・知的障害・精神障害), results of medical check-ups (健康診断
の結果), medical guidance and treatment, arrest and prosecution.  The term itself is a
category, not a value, so it is shown in reports as it is.  A term alone is a topic; it
becomes a finding with a person (a name in the same block or table row), which the
shipped rule checks with ``combination = "sensitive_with_person"``.  Generic words that
mean something else in business mail (障害 = system failure, 検査 = product testing)
are not on the list; only their personal forms (身体障害, 障害者手帳, 健康診断結果).
"""

from __future__ import annotations

import re

from mailguard.detect.context import KeywordHit, PartText
from mailguard.detect.entities.base import Found

TYPE = "SENSITIVE_CATEGORY"
TERMS: dict[str, str] = {}
_ENGLISH: set[str] = set()
for _cat, _words in {
    "medical": "病歴 既往歴 既往症 病名 傷病名 診断名 診断結果 健康診断結果 健診結果 "
               "人間ドック結果 診断書 通院歴 入院歴 治療歴 服薬 投薬歴 精神疾患 うつ病 鬱病 "
               "統合失調症 双極性障害 適応障害 癌告知 HIV 遺伝子検査 ストレスチェック結果 "
               "休職理由 療養中 糖尿病 高血圧症 心疾患 心臓病 狭心症 不整脈 脳梗塞 脳卒中 "
               "くも膜下出血 喘息 ぜんそく てんかん 肝炎 腎臓病 人工透析 悪性腫瘍 乳がん 胃がん "
               "肺がん 大腸がん 白血病 パニック障害 不安障害 自律神経失調症 睡眠障害 摂食障害 "
               "PTSD ADHD 注意欠如 自閉症 自閉スペクトラム アスペルガー 認知症 パーキンソン "
               "認知障害 軽度認知障害 ダウン症 心臓の手術 脂肪肝 肝硬変 "
               "リウマチ 膠原病 難病 メンタル不調 メンタルヘルス不調 精神科 心療内科 抗うつ薬 "
               "通院中 治療中 "
               "入院中 服薬中 療養休職 病気休職 傷病休職 病気療養 要介護 食物アレルギー "
               "アレルギー 持病 妊娠中 不妊治療 感染症 結核 陽性 色覚 麻痺 まひ 後遺症 "
               "骨折 全治 高ストレス 高ストレス者 要精密検査 要再検査 要治療 脳出血 心筋梗塞 難聴 "
               "補聴器 人工肛門 失明 アナフィラキシー エピペン 除去食 生活管理指導表 救急搬送 "
               "既往あり 抜歯 入れ歯 義歯 根管治療 抗菌薬 抗生物質 "
               # a laboratory's results (臨床検査): what a test found in a person
               "検便 腸管出血性大腸菌 O157 ノロウイルス 保菌者 パニック値 異常値 基準値外 "
               "腫瘍マーカー 病理診断 細胞診 生検 遺伝学的検査 病的バリアント 抗体検査 PCR検査 "
               "薬物検査 尿検査 血液検査 HbA1c 空腹時血糖 肝機能 腎機能 クレアチニン eGFR "
               "ヘルニア 椎間板ヘルニア ALS 筋萎縮性側索硬化症 人工呼吸器 心電図異常 高血圧 "
               "起立性調節障害 調節障害 在宅酸素 "
               # a check-up's judgement in short (要精密（肝機能）, 要観察（貧血）)
               "要精密 要精検 要観察 要再検 要医療 貧血 精密検査 再検査 "
               # injuries of the spine and the brain, and the disability-support grade
               "頸髄損傷 頚髄損傷 脊髄損傷 脊損 脳損傷 高次脳機能障害 障害支援区分 "
               # eyes (an eye clinic's findings)
               "弱視 斜視 不同視 緑内障 白内障 網膜剥離 黄斑変性 眼底出血 円錐角膜 "
               # learning and developmental conditions (a tutor's or a school's mail)
               "ディスレクシア 学習障害 読み書き障害 限局性学習症 書字障害 吃音 場面緘黙 "
               "チック症 トゥレット "
               # infections and complaints a school's or an employer's absence list gives
               "インフルエンザ 新型コロナ コロナ陽性 片頭痛 偏頭痛 "
               # a cosmetic clinic's treatments: surgery and injections by a doctor
               # (診療), whatever their purpose
               "脂肪吸引 脂肪注入 豊胸 二重埋没 埋没法 二重整形 二重切開 切開法 鼻整形 隆鼻 "
               "鼻尖縮小 糸リフト ボトックス ヒアルロン酸注入 美容整形 整形手術 医療脱毛 クマ取り "
               # sports injuries (a team's medical report)
               "肉離れ 肉ばなれ 靭帯 靱帯 半月板 疲労骨折 脳振盪 "
               # occupational lung disease and what a chest X-ray finds (じん肺健診)
               "じん肺 塵肺 珪肺 石綿肺 中皮腫 不整形陰影 粒状影 "
               # symptoms a health consultation records (相談内容：不眠が続き…)
               "不眠 動悸 過呼吸 発作 希死念慮 自傷 自殺未遂 幻聴 幻覚 抑うつ "
               # reproductive medicine: a couple's treatment and its steps
               "生殖補助医療 体外受精 顕微授精 人工授精 胚移植 凍結胚移植 胚凍結 採卵 胚盤胞 "
               "着床前診断 PGT-A PGT-M PGT-SR 精液検査 排卵誘発 流産 死産 "
               # pregnancy's complications and the postnatal depression screening (EPDS)
               "切迫早産 切迫流産 妊娠高血圧 妊娠糖尿病 前置胎盤 妊娠悪阻 帝王切開 産後うつ "
               "EPDS エジンバラ産後うつ病質問票 "
               # what a check-up found in a child (健診所見：…の疑い, 皮下出血, 発達の遅れ)
               "健診所見 診察所見 医師所見 皮下出血 発達遅滞 発達の遅れ 言葉の遅れ 停留精巣 "
               "股関節脱臼 心雑音 聴覚スクリーニング "
               # a child's or a patient's medical care (医療的ケア: 気管切開, 喀痰吸引, 胃ろう)
               "医療的ケア 気管切開 喀痰吸引 たん吸引 痰の吸引 経管栄養 胃ろう 胃瘻 導尿 "
               # what a detainee's or a patient's body shows (立ちくらみ, ハンガーストライキ)
               "立ちくらみ めまい ハンガーストライキ ハンスト "
               # what a person takes for a condition (降圧薬を飲み忘れる)
               "降圧薬 降圧剤 インスリン注射 抗てんかん薬 抗精神病薬 睡眠導入剤 "
               "精神安定剤 抗不安薬 "
               # injuries an accident report names (頭部打撲, 挫創で5針縫合, 脳震盪)
               "打撲 挫創 裂創 縫合 脳震盪 "
               # common conditions, treatments and injuries by name (an employee's or a
               # customer's: 痛風の発作, 化学療法を継続中, 足首の捻挫)
               "痛風 バセドウ病 骨粗しょう症 坐骨神経痛 五十肩 群発頭痛 メニエール病 ネフローゼ "
               "尿路結石 前立腺肥大 卵巣嚢腫 更年期障害 睡眠時無呼吸 心房細動 大動脈解離 "
               "脳動脈瘤 くも膜下 統合失調 躁うつ 強迫性障害 社交不安障害 うつ状態 "
               "自律神経失調 クローン病 胆石 胆のう炎 肝機能障害 エイズ 梅毒 帯状疱疹 乾癬 "
               "蕁麻疹 リンパ腫 骨髄腫 抗がん剤 放射線治療 化学療法 筋ジストロフィー "
               "全身性エリテマトーデス アルコール依存 ギャンブル依存 薬物依存 リストカット "
               "解離性障害 通院治療 入院治療 リハビリ中 後遺障害 特定疾患 捻挫 脱臼 熱傷 "
               "火傷 凍傷 切創 むち打ち 人工内耳 義肢 "
               # the level of specific health guidance a check-up put a person in (特定保健指導:
               # a metabolic-syndrome risk)
               "積極的支援 動機付け支援 "
               # a person's grave condition after an accident (頭部外傷で集中治療室に入院)
               "頭部外傷 外傷性 集中治療室 意識不明 意識不明の重体 重体 "
               # a limb or a finger lost (右手指切断, 下肢切断)
               "指切断 手指切断 指の切断 上肢切断 下肢切断 切断指 "
               # a person's diagnosis, whatever its name (「…と診断され」; not 「…書と診断書」)
               "と診断され と診断を受け と診断。 と診断、 と診断（ と診断あり と診断済",
    "disability": "身体障害 知的障害 精神障害 発達障害 障害者手帳 障がい者手帳 身体障害者手帳 "
                  "療育手帳 精神障害者保健福祉手帳 障害等級 障害年金 身体障がい 知的障がい "
                  "精神障がい 発達障がい 障害者雇用 障がい者雇用 車椅子 車いす 聴覚障害 "
                  "視覚障害 肢体不自由 人工関節 義足 ペースメーカー 聴覚に障害 視覚に障害 "
                  "障害をお持ち 障がいをお持ち 障害のある方 障がいのある方 耳が不自由 目が不自由 "
                  "足が不自由 体が不自由 手話 障害者枠 白杖 補装具 オストメイト ろう者 盲ろう",
    "criminal": "犯罪歴 前科 前歴 逮捕歴 逮捕 起訴 書類送検 有罪判決 執行猶予 服役 実刑 "
                "補導歴 犯罪被害 被害届 性被害 ストーカー被害 DV被害 保護命令 接近禁止命令 "
                "詐欺被害 虐待 被害者 被害に遭 "
                "被害にあわれ 被害に遭わ 空き巣 窃盗被害 容疑 強盗被害 強盗に "
                "検挙 罰金刑 略式命令 懲役 禁錮 禁固 有罪 "
                # someone impersonated to cheat a person (「警察を名乗る男に現金を渡して」)
                "を名乗る男 を名乗る女 を名乗る人物 を名乗る者 を騙る男 を騙る者 "
                # a minor taken in by the police (少年の補導), what for
                "補導され 補導し 補導を受け 万引き 窃盗 "
                # serving a sentence and after it (a cooperating employer's mail)
                "保護観察 仮釈放 仮出所 刑務所 少年院 服役中 受刑 遵守事項 保護観察中 出所後 "
                # the people and the papers of a criminal case (an interpreter's mail)
                "被疑者 被告人 容疑者 被疑事実 供述書 供述調書 弁解録取書 "
                # domestic violence: its victims and their protection (住民票の支援措置)
                "DV 配偶者暴力 からの暴力 暴力を受け DV等支援措置 被害相談 シェルター "
                # a child's or a partner's word for being hit (「パパにぶたれた」)
                "ぶたれ 殴られ 叩かれ たたかれ 蹴られ "
                # offences by name, and the steps of a criminal case taken against a
                # person (APPI: 逮捕, 勾留 and the other procedures of a criminal case)
                "傷害罪 暴行罪 詐欺罪 業務上横領 背任罪 飲酒運転 酒気帯び運転 痴漢 盗撮 "
                "勾留 拘留 保釈 釈放 家宅捜索 任意同行 "
                # what befell a victim (a bag snatched, a phone-scam, violence at home)
                "ひったくり 振り込め詐欺 特殊詐欺 オレオレ詐欺 還付金詐欺 家庭内暴力 ネグレクト "
                "つきまとい 暴行被害 ストーカー行為 つきまとわれ",
    "creed": "信条 思想信条 宗教 信仰 檀家総代 宗派 支持政党 ハラール ハラル ムスリム イスラム教 "
             "キリスト教 仏教徒 ヒンドゥー教 ユダヤ教 コーシャ 宗教上 戒律 ラマダン 断食月 "
             "創価学会 エホバ 礼拝 天理教 カトリック プロテスタント 浄土真宗 日蓮宗 神道式 "
             "キリスト教式 の信者 信者 信徒 布教 党員 党費 入党 離党 受洗 洗礼を受け 受洗日 洗礼名 "
             "クリスチャン 改宗",
    # (peoples persecuted or singled out as such: 国籍 alone is no 要配慮 information)
    "race": "人種 民族 出自 門地 被差別部落 部落出身 アイヌ 在日コリアン 少数民族 民族的出自 "
            "ロヒンギャ クルド人 クルド系 ウイグル族 ウイグル人 在日韓国人 在日朝鮮人 "
            "在日韓国・朝鮮人 族のご出身 族の出身 族出身 マオリ族",
    # English: capitalised forms are keywords (labels: "Medical history:"); the lower-case
    # forms of the few words of running text are kept in context.py
    "medical_en": "medical_history medical_condition diagnosis diagnosed diabetes "
                  "hypertension depression epilepsy cancer chemotherapy dialysis "
                  "pregnancy pregnant injury injuries fracture fractured hospitalised "
                  "hospitalized surgery "
                  "arthritis herniation heart_attack autism autism_spectrum adhd asthma "
                  "medication dementia schizophrenia bipolar_disorder adjustment_disorder "
                  "panic_disorder anxiety_disorder eating_disorder mental_illness "
                  "sick_leave seizures hepatitis leukemia leukaemia tumour tumor "
                  "anaphylaxis epipen hiv heat_stroke heatstroke copd "
                  "chronic_obstructive_pulmonary_disease oxygen_therapy kidney_injury "
                  "kidney_disease rhabdomyolysis pneumonia stroke dyslexia "
                  "learning_difficulty learning_disability arrhythmia irregular_heartbeat "
                  "heart_condition cardiologist psychiatrist antidepressant antidepressants "
                  "beta-blocker beta-blockers insulin migraine influenza tested_positive "
                  "ivf icsi infertility fertility_treatment miscarriage "
                  "in_vitro_fertilisation in_vitro_fertilization embryo_transfer "
                  "concussion concussions ligament sprain sprained dislocated dislocation "
                  "hamstring tuberculosis developmental_delay global_developmental_delay "
                  "cerebral_palsy hearing_loss hearing_screening igra latent_tb "
                  "positive_igra interferon-gamma_release_assay "
                  "chemo psychiatric anorexia bulimia alcoholism overdose suicide_attempt "
                  "self-harm diabetic asthmatic epileptic seizure anaphylactic coeliac celiac "
                  "broken_leg broken_arm broken_wrist broken_ankle whiplash alzheimer's "
                  "parkinson's multiple_sclerosis intensive_care haemodialysis hemodialysis "
                  "kidney_failure renal_failure",
    "disability_en": "disability disabled wheelchair hearing_impaired visually_impaired deaf "
                     "autistic",
    "criminal_en": "criminal_record arrested convicted conviction assaulted mugged robbed "
                   "domestic_violence sexual_assault stalked parole paroled prison "
                   "incarcerated imprisoned sentenced physical_abuse abused jail jailed "
                   "burglary burgled fraud_victim victim_of_fraud",
    # (peoples singled out, and one's origin said as such)
    "race_en": "rohingya ethnic_origin ethnicity uyghur",
    "creed_en": "religion halal kosher muslim hindu jewish devout evangelical catholic "
                "buddhist sikh mormon jehovah's_witness jehovah's_witnesses",
}.items():
    for _w in _words.split():
        TERMS[_w.lower().replace("_", " ")] = _cat.removesuffix("_en")
        if _cat.endswith("_en"):
            _ENGLISH.add(_w.lower().replace("_", " "))
# the English terms as running text writes them, in lower case too ("was diagnosed with
# diabetes"), but for acronyms and proper nouns, written with capitals (HIV, IVF, Muslim,
# Parkinson's), and two words lower case finds in too much else (diagnosis, kosher)
_CAPITALS_ONLY = frozenset({"adhd", "alzheimer's", "buddhist", "catholic", "diagnosis",
                            "hindu", "hiv", "icsi", "igra", "interferon-gamma release assay",
                            "ivf", "jehovah's witness", "jehovah's witnesses", "jewish",
                            "kosher", "latent tb", "mormon", "muslim", "parkinson's",
                            "positive igra", "rohingya", "sikh", "uyghur"})
LOWER_CASE = frozenset(_ENGLISH - _CAPITALS_ONLY)


# The ends of the names of diseases and injuries (胃癌, 子宮筋腫, 腎不全, 肺炎, 熱中症):
# no list holds every diagnosis, but Japanese names them with a few kanji ends.  Such an
# end is a term when kanji stand before it (the disease's own part) and none after it
# (病院, 症状 and 炎上 are other words); injuries end alike (靱帯断裂, 足関節捻挫,
# 肩関節脱臼).  See ``_disease``.
_DIALYSIS_PLACE = re.compile(r"記録|支援|システム|装置|室|センター|クリニック|施設|設備|機|液|"
                             r"ベッド|回路|部門|科|専門|件数|患者数|導入|業務|スタッフ|看護師|"
                             r"技士|事業")
DISEASE_ENDS = frozenset({"症候群", "癌", "がん", "腫瘍", "筋腫", "潰瘍", "梗塞", "不全", "症",
                          "病", "炎", "透析", "断裂", "捻挫", "脱臼"})
# what may follow a disease's name in the same run of kanji and still say a person has it
# (肝細胞がん末期, 大腸癌術後, 乳がん再発): a stage or a course, ending the run
_DISEASE_COURSE = re.compile(r"(?:末期|術後|再発|転移|治療中|療養中|闘病中|疑い)"
                             r"(?![\u3400-\u9fff々])")
# compounds with those ends that are no one's health
_NOT_DISEASE = frozenset({"臆病", "炎", "症", "病", "火炎", "気炎", "機能不全", "不全"})
_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]")

# Words of health that business mail also uses of the sender's own staff in passing
# (「担当が入院しており」): they score below the shipped rules' threshold in running text,
# and count in a column of a list (read by its header) or beside a specific term.
WEAK_TERMS = frozenset({"入院", "通院", "治療", "手術", "診断", "休職", "療養", "病気", "疾患",
                        "負傷", "労災",
                        # a test and a lab value's unit: a reagent's datasheet has them too
                        "尿検査", "血液検査", "肝機能", "腎機能", "mmol/l", "mg/dl", "ng/ml",
                        "g/dl", "meq/l", "iu/l", "pg/ml", "精査", "再検査", "再検",
                        # pathogens and the tests for them: a hygiene plan's topics as
                        # much as a person's result (「下記の方から…が検出されました」)
                        "検便", "腸管出血性大腸菌", "o157", "ノロウイルス", "保菌者", "mrsa",
                        # the injured party of an accident claim (被害者：…様) as much as
                        # a crime's victim, which a story names with a specific word
                        "被害者"})
for _w in WEAK_TERMS:
    TERMS.setdefault(_w, "medical")

# a service or a campaign named for a condition, not anyone's condition
_SERVICE_AFTER = re.compile(r"(?:スクリーニング|検診|健診|予防|啓発|対策|セミナー|外来|専門医|"
                            # a crime's prevention, warnings and laws (飲酒運転防止コース,
                            # 「特殊詐欺に注意」, 振り込め詐欺救済法)
                            r"防止|撲滅|根絶|に注意|にご注意|(?:救済|規制|防止)?法|[」』]?の?手口|"
                            # a document asked for, not what it says (死亡診断書の写し)
                            r"[ \u3000]?の(?:写し|原本|コピー|様式|書式|ひな形|雛形)|"
                            r"治療薬|の治療法|キャンペーン|"
                            # a course in caring for it (認知症介護実践者研修, 認知症ケア専門士)
                            r"(?:介護|ケア)[^\n。、]{0,8}?(?:研修|講習|講座|専門士|資格|指導者)|"
                            # the scheme, not anyone's disability (障害者雇用企業, …率, …納付金)
                            r"企業|制度|率|納付金|調整金|助成金|促進|"
                            # a season's, not a patient's (インフルエンザ流行期の予約枠)
                            r"流行|シーズン|ワクチン|予防接種|"
                            # a counter's work: 「医事課（会計・診断書の発行）」, 診断書作成料
                            r"(?:の)?(?:発行|作成|交付|申込|申し込み)(?:窓口|手続|料|受付)?(?![\u3041-\u3093])|"
                            # a venue's or a product's: 車いす対応トイレ, アレルギー表示
                            r"対応(?:可|型|食|メニュー|商品|品|トイレ|席|車|客室|ルーム|あり|済|は|なし)|"
                            # a course or a manual on it (食物アレルギー対応研修, てんかん講習)
                            r"(?:対応|への対応)?(?:研修|講習|講座|マニュアル|ガイドライン|訓練)|"
                            # a helpline named for it (虐待対応ダイヤル, DV相談窓口)
                            r"(?:対応|相談)?(?:ダイヤル|ホットライン|窓口|専用電話)|"
                            # …or a count of them (車椅子対応 18 台, バリアフリー対応 3 室)
                            r"対応[ \u3000]*[0-9０-９]+[ \u3000]*(?:台|室|床|席|か所|箇所)|"
                            r"表示|物質|品目|原因食品|27品目|特定原材料|セット|キット|パネル|"
                            # a maker's or a shop's name (ソノーラ補聴器株式会社, 補聴器専門店)
                            r"株式会社|事業部|専門店|メーカー|センター|売場|コーナー|相談会|フェア|"
                            # a department named for its work (檀信徒管理課, 障害者雇用推進室)
                            r"[\u4e00-\u9fff]{0,4}(?:課|係|室|班|本部)(?![\u4e00-\u9fff])|"
                            # an office's staff and its officer (保護観察所の鶴見観察官,
                            # 保護観察官); not a visit to it (保護観察所で面接)
                            r"所の|官(?![\u4e00-\u9fff])|"
                            # a shop's name in katakana or kanji, not a sentence that
                            # runs on to a 店長 (「うつ病で休職中の店長」)
                            r"[ \u3000]?[\u30a0-\u30ff\u4e00-\u9fff]{0,6}店(?![長員主])|"
                            # English: a service or a place named for it (a dementia cafe,
                            # the cancer ward, diabetes awareness)
                            r" (?i:cafes?|café|awareness|screening|prevention|research|"
                            r"services?|programmes?|programs?|charity|charities|association|"
                            r"society|network|ward|unit|clinics?|centres?|centers?|friendly|"
                            r"supporters?|training|seminars?|workshops?|specialists?)\b)")
# goods and their certification named for a faith's rules (halal certificate, ハラール認証,
# kosher products), not anyone's creed; a person's meal or menu is
_GOODS_AFTER = re.compile(r"[ \u3000]?(?:認証|認定|食品|製品|商品|原料|原材料|マーク|ロゴ|監査|"
                          r"工場|ライン|スパイス|肉|対応品|"
                          r"(?i:certificates?|certification|certified|seals?|foods?|products?|"
                          r"meat|ingredients?|standards?|logo|labels?|inspections?|kitchen|"
                          r"suppliers?|market|spices?|audits?|authority|compliance)\b)")
# an animal's condition (a pet clinic's or a pet insurer's mail), unless the animal is a
# person's assistance dog (盲導犬 of a visually impaired customer)
_ASSISTANCE_DOG = re.compile(r"盲導犬|介助犬|聴導犬|補助犬")
_PET_WORD = re.compile(r"ワンちゃん|わんちゃん|ネコちゃん|ねこちゃん|猫ちゃん|愛犬|愛猫")
_ANIMAL_LABEL = re.compile(r"(?:対象動物|動物名|犬種|猫種|ペット名|ペットのお名前)"
                           r"[ \t\u3000]*[:：]")
# correctional institutions: named (北浜刑務所, 府中少年院) they are a place and a customer;
# who is held there is told by other words (服役中, 受刑, 出所後)
_INSTITUTIONS = frozenset({"刑務所", "少年院"})
# …unless the sentence puts someone in it (府中刑務所に収容中, …を出所)
_HELD_AFTER = re.compile(r"(?:に|で|から|を)[ \u3000]?(?:収容|服役|入所|在所|在監|受刑|出所|仮釈放|"
                         r"送致|入院|入っ|い(?:る|ます|た))")
# a wheelchair as a product (a rental or a repair shop's mail: 電動車いす EW-7 の修理), not
# someone's disability
_CHAIR = frozenset({"車いす", "車椅子"})
_PRODUCT_BEFORE = re.compile(r"(?:電動|自走式|自走用|介助式|介助用|標準型|モジュール型|モジュール|"
                             r"リクライニング|ティルト|簡易|折りたたみ|折り畳み|軽量|レンタル|"
                             r"貸与|中古|新品|在庫)[ \u3000]?$")
_PRODUCT_AFTER = re.compile(r"[ \u3000]?(?:の)?(?:修理|点検|メンテナンス|整備|レンタル|貸与|納品|"
                            r"引取|引き取り|回収|交換|見積|在庫|部品|本体|用クッション|"
                            r"クッション|コントローラ|タイヤ|バッテリー|[A-Z]{1,4}[-0-9]|"
                            # a vehicle for wheelchairs (車椅子車, 車いす車両)
                            r"車両|車(?![\u4e00-\u9fff])|"
                            # goods made for wheelchairs (車椅子用軽量ホイール), not what a
                            # person needs (車いす用のトイレが必要です)
                            r"用(?!の方|者)(?![^。\n]{0,24}(?:必要|希望|用意|手配|準備|お願い)))")
# a clinic's departments: a doctor's specialty under 専門 / 診療科, not someone's visit
_DEPARTMENTS = frozenset({"精神科", "心療内科"})
# a doctor introduced by title and name, the field in brackets after (a hospital's
# newsletter: 「小児科 医長　一色 真奈美（小児アレルギー、食物経口負荷試験）」)
_DOCTORS_FIELD = re.compile(r"(?:医長|医師|院長|副院長|科長|部長|医員|専門医|Dr\.?)[ \u3000]*"
                            r"[\u4e00-\u9fff々]{1,4}[ \u3000]?[\u4e00-\u9fff々\u3041-\u30ff]{1,4}"
                            r"[ \u3000]*[（(][^）)\n]*\Z")
_SPECIALTY = re.compile(r"専門|診療科|担当科|標榜科|医師名|ドクター|specialty|speciality",
                        re.I)
# a sentence that names the categories themselves (a privacy policy, a consent form)
_DEFINITION = re.compile(r"要配慮個人情報|機微情報|センシティブ情報|special[- ]care|"
                         r"sensitive personal|"
                         # a contract's or a policy's definition: 「…氏名、病歴その他の個人情報
                         # をいう」
                         r"その他の(?:個人|秘密|要配慮個人)?情報|等の個人情報|をいう", re.I)


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence around ``at``, from the 。 before it to the one after it, at most 200
    characters either way (a policy's article runs over several lines)."""
    lo, hi = max(at - _REACH, 0), min(at + _REACH, len(text))
    end = text.find("。", at, hi)
    return text.rfind("。", lo, at) + 1 or lo, end if end >= 0 else hi


# people in general who have a condition (「読み書き障害（ディスレクシア）のある子どもへの
# 資料提供」): a topic of a course or a service, nobody's own condition
_GENERIC_AFTER = re.compile(
    r"(?:[（(][^)）\n]{1,20}[)）]|[)）])?(?:等|など)?[ \u3000]*(?:"
    # 「…のある子どもへの支援」「…がある方は」
    r"(?:の|が)ある(?:子ども|子供|お子さん|お子様|児童|生徒|学生|方々|方|人々|人|利用者|社員|"
    r"従業員|職員|高齢者|者|お客様|皆様|皆さま|参加者)"
    r"(?:へ|に|の|を|が|と|は|も|について|向け|対象|たち|達)"
    # 「車いすをご利用の方は」「車いすの方は」「補聴器をお使いのお客様へ」: a notice to whoever
    r"|(?:を(?:ご)?(?:利用|使用|お持ち|お使い)の|の)(?:方々|方|お客様|皆様|皆さま|人々)"
    r"(?:は|へ|に|も|を|向け|専用|優先|について)"
    # 「心房細動患者における抗凝固療法」: patients as a lecture's or a study's subject
    r"|患者(?:さん)?(?:における|に対する|に対しての|を対象とした))")
# a question about a condition, nobody's condition yet (「アレルギーの有無」「アレルギーが
# ございましたら」「アレルギーについては施主様に確認中です」「アレルギー対応の要否は…」)
_ASKING_AFTER = re.compile(
    r"[ \u3000]*(?:の有無|(?:への)?(?:対応|配慮)?の(?:要否|可否)|"
    r"(?:等|など)?(?:が|の)?(?:ある場合|あれば|ございましたら|ございます場合|"
    r"おありの場合|お持ちの場合)|(?:等|など)?について(?:は|も)?[^。\n]{0,16}?"
    r"(?:確認中|確認いたします|確認します|確認して|お伺い|伺って|伺います|お知らせください))")
_FORM_QUESTION = re.compile(r"(?:ありますか|ありませんか|ございますか|いますか|ましたか)[。？?]?"
                            r"[ \u3000]*[□☐][ \u3000]*(?:はい|有|あり)")
_BLANK_FIELD = re.compile(r"[ \u3000]*[（(][ \u3000_＿]{2,}[)）]")
# after 「障害のある方」: a notice or a policy for such people (…は受付へ, …の雇用), not one person
_NOTICE_AFTER = re.compile(r"(?:[ \u3000]*(?:[・、][^\n。・、]{1,10}?の方)?"
                           r"(?:は|へ|に|も|を|向け|専用|優先|について|への|の(?:雇用|"
                           r"支援|就労|ための|ご|皆|方)))")
# a diagnosis of a building, a business or a skill (外壁診断, 耐震診断, 適性診断): the mail's
# 「診断結果」 are that diagnosis's, nobody's health
_OTHER_DIAGNOSIS = re.compile(r"(?:外壁|屋根|耐震|建物|住宅|劣化|設備|省エネ|エネルギー|経営|"
                              r"適性|運転|性格|セキュリティ|脆弱性|故障|配管|シロアリ|白蟻|"
                              r"床下|雨漏り|IT|システム|土壌|樹木|肌|毛髪|頭皮|キャリア|適職|"
                              r"ネットワーク|車両|機械|設計|構造|インスペクション)診断")
_LAB_UNITS = frozenset({"mmol/l", "mg/dl", "ng/ml", "g/dl", "meq/l", "iu/l", "pg/ml"})
_REFERENCE = re.compile(r"基準|参考値|reference", re.I)
# a person labelled as a patient (患者：…, 受診者名：…) makes the health words beside
# them that person's
_PATIENT = re.compile(r"(?:患者|受診者|被検者|受検者)(?:名|氏名)?[ \t\u3000]*[:：]")
_PATHOGENS = frozenset({"検便", "腸管出血性大腸菌", "o157", "ノロウイルス", "保菌者", "mrsa"})
_FOUND_IN = re.compile(r"検出され|陽性|感染が判明|罹患|保菌")
_COUNT = re.compile(r"\d+[ \u3000]*(?:名|人|件)")
# an operation named by what it does (冠動脈バイパス手術, 胆のう摘出手術), not by when or how
# it is scheduled (今回の手術, 日帰り手術, 予定手術)
# (a product or a place named for it: 内視鏡手術システム, 手術室, 手術件数)
_NOT_AN_OPERATION_AFTER = re.compile(r"[\u30a0-\u30ff]|(?![後前中歴予日])[\u4e00-\u9fff]")
_NAMED_OPERATION = re.compile(r"(?<![\u30a0-\u30ff\u4e00-\u9fff])"
                              r"(?!(?:予定|当日|今回|前回|次回|緊急|定期|外来|入院|同日)\Z)"
                              r"[\u30a0-\u30ff\u4e00-\u9fffのー]{3,14}\Z")
# a count in a table of statistics: the line ends in a bare number after the term
# (「インフルエンザ　　38」「RSウイルス感染症　4」 of a weekly report)
_BARE_COUNT = re.compile(r"[^\d\n]{0,20}?[ \t\u3000]+[0-9]{1,5}[ \t\u3000]*(?=\n|$)")
# an epidemic's trend, nobody's case (「インフルエンザが増加傾向です」)
_TREND_AFTER = re.compile(r"(?:が|の)(?:増加|減少|流行|拡大|急増|蔓延|まん延|広が|発生状況|患者数|"
                          r"報告数|件数)")
# people named before the count on its line (「A さん、B さん、C さんの3名は…」): the count
# sums them up, the condition is theirs
_NAMED_BEFORE = re.compile(r"(?:さん|様|氏|くん|ちゃん)(?:[、,，・ \u3000（(]|と)")
# a share is a count too (「糖尿病 12%」 of a health survey), a lab value is not
# (「HbA1c 6.9% と糖尿病型」): a percentage counts where the line speaks of a rate
_SHARE = re.compile(r"\d[ \u3000]*(?:％|%)")
_RATE_WORDS = re.compile(r"率|割合|比率|構成比|内訳|分布")
# a title: the term names a seminar's, a book's or a course's subject, nobody's condition
# (名称：公開セミナー「発達障害のある子どもの学習支援」)
_TITLE_BEFORE = re.compile(r"(?:セミナー|講演会?|講座|研修会?|シンポジウム|フォーラム|勉強会|"
                           r"講習会?|ワークショップ|書籍|著書|新刊|特集|テーマ|演題|タイトル|名称|題名|"
                           r"表題|番組|連載|記事)名?[ \u3000:：]*[「『]$")
_TITLE_LABEL = re.compile(r"[ \u3000]*(?:テーマ|演題|タイトル|題名|表題|講演題目)[ \u3000]*[:：]")
# a death notice's stock phrase (かねて療養中のところ九月二十日逝去いたしました): it tells of
# the deceased, no living person's health
_OBITUARY_AFTER = re.compile(r"中?のところ[^。\n]{0,20}?(?:逝去|永眠|死去)")

# terms that begin longer words of another sense when a kanji follows (出自 in 日の出自動車,
# 宗教法人 a temple's legal form, 民族衣装, 礼拝堂)
_COMPOUND_HEADS = frozenset({"出自", "門地", "民族", "人種", "宗教", "宗派", "礼拝", "信条",
                             "信仰", "戒律", "檀家総代"})

# kanji after such a term that keep its sense (信仰上の理由, 信仰心, 宗教的)
_SAME_SENSE_TAILS = frozenset("上心的")

# terms that end longer words of another sense after these kanji (送信者, 受信者, 通信者)
_COMPOUND_TAILS = {"信者": "送受発返着通配交私混"}

CATEGORY_NAMES = {"medical": "病歴・健康", "disability": "障害", "criminal": "犯罪歴・被害",
                  "creed": "信条・宗教", "race": "人種・出自"}


class SensitiveRecognizer:
    types = (TYPE,)
    triggers = frozenset(TERMS) | DISEASE_ENDS
    context = frozenset(TERMS) | DISEASE_ENDS

    def find(self, pt: PartText, hit: KeywordHit) -> list[Found]:
        if hit.word in DISEASE_ENDS and hit.word not in TERMS:
            return _disease(pt, hit)
        # reports name the category, not the term: a diagnosis beside a masked name is
        # still the person's diagnosis
        if hit.word in _COMPOUND_HEADS and _KANJI.match(pt.folded, hit.end) \
                and pt.folded[hit.end] not in _SAME_SENSE_TAILS:
            return []  # 日の出自動車, 宗教法人, 民族衣装, 礼拝堂: another word
        if hit.start > 0 and pt.folded[hit.start - 1] in _COMPOUND_TAILS.get(hit.word, ""):
            return []  # 送信者, 受信者, 発信者: the 信者 of mail, not of a faith
        if hit.word in _INSTITUTIONS and _KANJI.match(pt.folded, hit.start - 1) \
                and not _HELD_AFTER.match(pt.folded, hit.end):
            return []  # 北浜刑務所（会計課 宛）: an institution by its name, a customer
        category = CATEGORY_NAMES[TERMS[hit.word]]
        score = 0.45 if hit.word in WEAK_TERMS else 0.7
        a, b = pt.line_span(hit.start)
        if hit.word in _LAB_UNITS and _REFERENCE.search(pt.folded, max(a, hit.start - _REACH),
                                                        min(b, hit.end + _REACH)):
            score = 0.7  # カリウム 6.8 mmol/L（基準 3.6-4.8）: a person's result against its range
        elif score < 0.7 and TERMS[hit.word] == "medical" and _PATIENT.search(
                pt.folded, max(hit.start - 160, 0), min(hit.end + 160, len(pt.folded))):
            score = 0.7  # 患者：高橋 勝利 様 … PSA 12.1 ng/mL: a patient's result
        elif hit.word == "手術" and _NAMED_OPERATION.search(
                pt.folded, max(a, hit.start - 16), hit.start) \
                and not _NOT_AN_OPERATION_AFTER.match(pt.folded, hit.end):
            score = 0.7  # 冠動脈バイパス手術, 人工股関節置換手術: an operation by its name
        elif hit.word in _PATHOGENS and _FOUND_IN.search(
                pt.folded, max(hit.start - 30, 0), min(hit.end + 30, len(pt.folded))):
            score = 0.7  # 「…からO157が検出されました」: found in someone
        lo, hi = max(a, hit.start - 12), min(b, hit.end + 12)
        if ((_COUNT.search(pt.folded, lo, hi)
             and not _NAMED_BEFORE.search(pt.folded, max(a, hit.start - 120), hit.start))
                or _BARE_COUNT.match(pt.folded, hit.end, min(b, hit.end + 40))
                or _TREND_AFTER.match(pt.folded, hit.end)
                or (_SHARE.search(pt.folded, lo, hi) and _RATE_WORDS.search(
                    pt.folded, max(a, hit.start - 200), min(b, hit.end + 200)))):
            score = 0.45  # 「うち車いす6名」「要介護3：15名」: a count, nobody's own
        elif (_in_title(pt.folded, a, hit.start) or _SERVICE_AFTER.match(pt.folded, hit.end)
              or (TERMS[hit.word] == "creed" and _GOODS_AFTER.match(pt.folded, hit.end))
              or _GENERIC_AFTER.match(pt.folded, hit.end)
              or _ASKING_AFTER.match(pt.folded, hit.end)
              or (hit.word.endswith("方") and _NOTICE_AFTER.match(pt.folded, hit.end))
              # a blank form: its question with boxes to tick (…ありますか。□はい □いいえ),
              # its field left empty (病名（　　　）)
              or _FORM_QUESTION.search(pt.folded, hit.end, min(b, hit.end + _REACH))
              or _BLANK_FIELD.match(pt.folded, hit.end)):
            score = 0.45  # a title, or a service named for the condition (緑内障スクリーニング)
        elif _OBITUARY_AFTER.match(pt.folded, hit.end):
            score = 0.45  # 「かねて療養中のところ…逝去」: the deceased's, of a death notice
        elif _DOCTORS_FIELD.search(pt.folded, max(a, hit.start - 40), hit.start):
            score = 0.45  # 小児科 医長　一色 真奈美（小児アレルギー、…）: a doctor's field
        elif hit.word in _DEPARTMENTS and _SPECIALTY.search(
                pt.folded, max(hit.start - 300, 0), hit.start):
            score = 0.45  # 医師名 専門 … 心療内科: a doctor's field, not a patient's visit
        elif _DEFINITION.search(pt.folded, *_sentence(pt.folded, hit.start)):
            score = 0.45  # 「病歴…その他の要配慮個人情報を」: the law's categories, a policy's text
        elif hit.word in _CHAIR and (_PRODUCT_BEFORE.search(pt.folded, max(a, hit.start - 8),
                                                           hit.start)
                                     or _PRODUCT_AFTER.match(pt.folded, hit.end)):
            score = 0.45  # 電動車いすの修理: a product, nobody's disability
        elif _of_an_animal(pt, max(a, hit.start - _REACH), min(b, hit.end + _REACH)):
            score = 0.45  # 対象動物：ミニチュア・ダックスフンド … 傷病名：椎間板ヘルニア
        elif "診断" in hit.word and not hit.word.startswith(("健康", "病理")) \
                and pt.once("other_diagnosis", _diagnoses_a_thing):
            score = 0.45  # 「診断結果は…」 of a mail about 外壁診断
        elif TERMS[hit.word] == "medical" and _of_a_vaccine(
                pt.folded, max(a, pt.line_span(hit.start)[0]), hit.start):
            score = 0.45  # 「予防接種の費用（A型肝炎・破傷風ほか）」: what a vaccine prevents
        elif hit.word in _SUFFERED and _DAMAGE.search(
                pt.folded, max(0, hit.start - _REACH), min(len(pt.folded), hit.end + _REACH)) \
                and not _CRIME.search(pt.folded, max(0, hit.start - _REACH),
                                      min(len(pt.folded), hit.end + _REACH)):
            score = 0.45  # 「粉じん飛散の件で、被害に遭われた方」: an accident's, no crime's victim

        return [Found(TYPE, hit.start, hit.end, TERMS[hit.word], category, score, category)]


_VACCINE_BEFORE = re.compile(r"予防接種|ワクチン|接種対象|vaccin", re.I)
_HEADER_REACH = 4000  # characters above a row searched for its table's header


def _of_a_vaccine(text: str, la: int, pos: int) -> bool:
    """Whether the disease at ``pos`` (its line starting at ``la``) is what a vaccine
    prevents: a vaccine word just before it (予防接種（狂犬病）), or its table column's."""
    return _VACCINE_BEFORE.search(text, max(la, pos - 30), pos) is not None \
        or _in_a_vaccine_column(text, la, pos)


def _in_a_vaccine_column(text: str, la: int, pos: int) -> bool:
    """Whether ``pos`` lies in a table's cell under a vaccine column (「希望ワクチン」 over
    「A型肝炎・破傷風」): the diseases a vaccine prevents, nobody's condition."""
    if text.find("\t", la, pos) < 0:
        return False
    found = list(_VACCINE_BEFORE.finditer(text, max(0, la - _HEADER_REACH), la))
    if not found:
        return False
    m = found[-1]  # the nearest above
    ha = text.rfind("\n", 0, m.start()) + 1
    hb = text.find("\n", m.start())
    line = text[ha:hb if hb >= 0 else len(text)]
    if any(c.isdigit() for c in line):
        return False  # a row of data (「子 予防接種」 in a row above), not the header
    header = line.split("\t")
    column = text.count("\t", la, pos)
    return column < len(header) and len(header[column].strip()) <= 12 \
        and _VACCINE_BEFORE.search(header[column]) is not None
# having suffered something: a crime, or an accident's damage, which the words around tell
_SUFFERED = frozenset({"被害に遭", "被害にあわれ", "被害に遭わ"})
_DAMAGE = re.compile(r"事故|損害|汚損|破損|飛散|粉じん|粉塵|台風|災害|浸水|漏水|水漏れ|落下|"
                     r"倒木|火災|停電|修理|見積|保険")
_CRIME = re.compile(r"警察|被害届|犯人|犯罪|逮捕|容疑|盗|詐欺|暴力|暴行|ストーカー|痴漢|強盗|虐待|"
                    r"脅迫|恐喝|傷害事件|事件")


# how far around a term its line is read for a cue (a long line is not read whole per term)
_REACH = 200
# a person on the term's own line: the condition is theirs even in a pet's mail
_PERSON_ON_LINE = re.compile(r"様|さん|くん|飼い主|ご本人|本人|オーナー|お客様|氏")


def _of_an_animal(pt: PartText, a: int, b: int) -> bool:
    """Whether the term on the line (read in [a, b)) is an animal's: the part is a form about an
    animal (対象動物：…, 犬種：…), or the line speaks of a pet by a word only pets take
    (ワンちゃん, 愛犬); never when the line names a person (飼い主, …様) or an assistance dog
    (盲導犬).  An animal word alone is no cue: 「犬の散歩中に転倒して骨折」 is a person's."""
    text = pt.folded
    if _PERSON_ON_LINE.search(text, a, b):
        return False
    has_label, assists = pt.once("animal_form", _animal_form)
    return not assists and bool(_PET_WORD.search(text, a, b) or has_label)


def _diagnoses_a_thing(text: str) -> bool:
    """Whether the part speaks of a building's or a skill's 診断 (外壁診断)."""
    return bool(_OTHER_DIAGNOSIS.search(text))


def _animal_form(text: str) -> tuple[bool, bool]:
    """(a form about an animal, an assistance dog) anywhere in the part."""
    return bool(_ANIMAL_LABEL.search(text)), bool(_ASSISTANCE_DOG.search(text))


def _in_title(text: str, line_start: int, at: int) -> bool:
    """Whether ``at`` stands in the title of a seminar, a book or a course: in 「…」 or
    『…』 after such a word, or on a line labelled テーマ / 演題."""
    if _TITLE_LABEL.match(text, line_start):
        return True
    lo = max(line_start, at - _REACH)  # a title is short; a long line is not read whole
    opening = max(text.rfind("「", lo, at), text.rfind("『", lo, at))
    if opening < 0 or text.find("」", opening, at) >= 0 or text.find("』", opening, at) >= 0:
        return False
    return bool(_TITLE_BEFORE.search(text, max(line_start, opening - 16), opening + 1))


def _disease(pt: PartText, hit: KeywordHit) -> list[Found]:
    """胃癌, 子宮筋腫, 腎不全: the kanji before a disease end make it a diagnosis."""
    text = pt.folded
    a = hit.start
    while a > 0 and hit.start - a < 8 and _KANJI.match(text, a - 1):
        a -= 1
    after = text[hit.end:hit.end + 1]
    if hit.word == "透析":  # 人工透析, 透析治療, 夕方透析: dialysis whatever stands around it
        a = hit.start
        if _DIALYSIS_PLACE.match(text, hit.end):
            # a dialysis clinic's rooms, machines and forms (透析室, 透析記録, 透析支援
            # システム): the business, nobody's treatment
            return [Found(TYPE, a, hit.end, "medical", CATEGORY_NAMES["medical"], 0.45,
                          CATEGORY_NAMES["medical"])]
    elif (a == hit.start or (after and _KANJI.match(after)
                                 and not _DISEASE_COURSE.match(text, hit.end))
            or (hit.word == "がん" and after in ("ば", "ぱ"))):  # 皆がんばって
        return []
    word = text[a:hit.end]
    if word in _NOT_DISEASE:
        return []
    category = CATEGORY_NAMES["medical"]
    la, lb = pt.line_span(a)
    score = 0.45 if (_in_title(text, la, a) or _BARE_COUNT.match(text, hit.end, min(
        lb, hit.end + 40)) or _TREND_AFTER.match(text, hit.end) or _COUNT.search(
        text, max(la, a - 12), min(lb, hit.end + 12))  # 急病による搬送1件
        or _of_an_animal(pt, max(la, a - _REACH), min(lb, hit.end + _REACH))
        or _of_a_vaccine(text, la, a)) else 0.7
    return [Found(TYPE, a, hit.end, "medical", category, score, category)]
