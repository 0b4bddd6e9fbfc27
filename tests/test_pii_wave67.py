"""From the sixty-seventh blind wave (issue 9), written afresh here: a stamp on the mail's
first line above the salutation, numbered entries of members whose names are in kana, and
the sender's own entry in a numbered list of staff's private numbers."""

from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.policy.verdict import Action

SIG = "\n\n--\n山田 太郎\n株式会社エグザンプル 総務部\nTEL 03-5555-0671\n携帯 090-1111-2671\n"


def test_a_stamp_on_the_first_line_with_a_handling_note():
    rule = "＝" * 14
    body = (f"{rule}\n　社外秘　（役員限り・再送信不可）\n{rule}\n\n"
            "株式会社サンプル工業\n野口様\n\nお世話になっております。\n"
            "来期の工場再編の件で、一度ご相談の場をいただけますでしょうか。" + SIG)
    v = judge_mail(make_mail(to=["noguchi@sample-kogyo.co.jp"], body=body))
    assert "confidential-marking-external" in rules_fired(v)


def test_a_first_line_that_speaks_about_confidential_documents_is_no_stamp():
    body = ("社外秘資料の保管方法について、先日の監査でのご指摘を踏まえて手順を見直しました。\n\n"
            "株式会社サンプル工業\n野口様\n\n改訂版の手順書は来週お送りします。" + SIG)
    v = judge_mail(make_mail(to=["noguchi@sample-kogyo.co.jp"], body=body))
    assert "confidential-marking-external" not in rules_fired(v)


MEMBERS = [
    ("K-30412", "クスノキ　ハルカ",
     "〒３３６－００２２　埼玉県さいたま市南区白幡２－８－１４", "０４８－８６２－４４１７"),
    ("K-30588", "アキヅキ　ソウタ",
     "〒２５２－０３０３　神奈川県相模原市南区相模大野５－２－９", "０９０－３１８４－７７２０"),
    ("K-31009", "ミナセ　リコ",
     "〒１７７－００４１　東京都練馬区石神井町３－１１－２－３０１", "０３－３９９６－５１０８"),
    ("K-31276", "トドロキ　ケイ",
     "〒２７３－０００５　千葉県船橋市本町６－４－１", "０８０－５５０２－１９３６"),
    ("K-31840", "サエキ　マドカ",
     "〒１９０－００１２　東京都立川市曙町１－２７－５", "０４２－５２４－３０８１")]


def test_numbered_entries_of_members_named_in_kana_are_a_list():
    entries = "\n".join(f"{'①②③④⑤'[i]}　会員番号 {no}　{kana}\n　　新住所：{addr}\n　　電話：{tel}"
                        for i, (no, kana, addr, tel) in enumerate(MEMBERS))
    body = ("共済会事務センター ご担当者様\n\n今月受け付けた住所変更をお知らせします。\n\n"
            + entries + "\n\n以上です。" + SIG)
    v = judge_mail(make_mail(to=["jimu@kyosai-example.or.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)


def test_numbered_entries_of_shops_are_no_list_of_people():
    shops = [
        ("みなと店", "〒３３６－００２２　埼玉県さいたま市南区白幡２－８－１４",
         "０４８－８６２－４４１７"),
        ("相模大野店", "〒２５２－０３０３　神奈川県相模原市南区相模大野５－２－９",
         "０４２－７４０－７７２０"),
        ("石神井店", "〒１７７－００４１　東京都練馬区石神井町３－１１－２",
         "０３－３９９６－５１０８"),
        ("船橋本町店", "〒２７３－０００５　千葉県船橋市本町６－４－１",
         "０４７－４３１－１９３６")]
    entries = "\n".join(f"{'①②③④'[i]}　{shop}\n　　住所：{addr}\n　　電話：{tel}"
                        for i, (shop, addr, tel) in enumerate(shops))
    body = ("ご担当者様\n\n年末年始に営業する店舗は下記4店です。\n\n" + entries + SIG)
    v = judge_mail(make_mail(to=["info@chirashi-example.co.jp"], body=body))
    assert v.action < Action.DELAY


def _emergency_list(people: list[tuple[str, str, str]]) -> str:
    return "\n\n".join(f"【{i}】{name}\n　　携帯：{mob}\n　　自宅：{home}"
                       for i, (name, mob, home) in enumerate(people, 1))


def test_the_senders_own_entry_counts_in_a_numbered_list_of_private_numbers():
    people = [("山田 太郎（総務課長）", "090-1111-2671", "045-921-3370"),
              ("鬼頭 正樹（設備担当）", "080-2290-4418", "03-3712-0956"),
              ("霜田 彩（設備担当）", "090-7731-0624", "03-5611-2287"),
              ("宇佐美 崇（総務課）", "070-1840-3392", "044-855-6120"),
              ("榊原 友美（総務部長）", "090-6602-7715", "03-3781-4403")]
    body = ("ビル管理センター ご担当者様\n\n年末年始の緊急連絡先です。上から順にご連絡を。\n\n"
            + _emergency_list(people) + SIG)
    v = judge_mail(make_mail(to=["center@bldg-example.co.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)


def test_the_senders_own_entry_beside_three_others_stays_a_warning():
    people = [("山田 太郎（総務課長）", "090-1111-2671", "045-921-3370"),
              ("鬼頭 正樹（設備担当）", "080-2290-4418", "03-3712-0956"),
              ("霜田 彩（設備担当）", "090-7731-0624", "03-5611-2287"),
              ("宇佐美 崇（総務課）", "070-1840-3392", "044-855-6120")]
    body = ("ビル管理センター ご担当者様\n\n年末年始の緊急連絡先です。\n\n"
            + _emergency_list(people) + SIG)
    v = judge_mail(make_mail(to=["center@bldg-example.co.jp"], body=body))
    assert v.action == Action.WARN


def test_a_card_under_the_sentence_that_names_its_person():
    body = ("出向先 給与ご担当者様\n\nお世話になっております。\n"
            "貴社へ出向中の芦原 智美さんの年末調整の結果をお送りします。\n\n"
            "　住所　　　　東京都北区赤羽西４丁目２２番７号\n　生年月日　　昭和６１年３月９日\n"
            "　支払金額　　5,820,000円\n" + SIG)
    v = judge_mail(make_mail(to=["kyuyo@shukko-example.co.jp"], body=body))
    f = next(f for f in v.findings if f.rule == "personal-record")
    assert {e.type for e in f.entities} >= {"PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"}


def test_a_card_under_the_salutation_is_the_addressees_own():
    body = ("芦原 智美様\n\nご登録内容を下記のとおり承りました。\n\n"
            "　住所　　　　東京都北区赤羽西４丁目２２番７号\n　生年月日　　昭和６１年３月９日\n"
            + SIG)
    v = judge_mail(make_mail(to=["ashihara.t@gmail.com"], body=body))
    assert "personal-record" not in rules_fired(v)


def test_a_rota_of_mobiles_whose_surnames_were_not_recognised_is_warned():
    body = ("楠さん\n\n来週の夜間待機の連絡先です。\n\n"
            "　7/21（月）鰐淵　090-3381-5527\n　7/22（火）十河　070-7719-2253\n"
            "　7/23（水）楠　080-2245-8810\n　7/24（木）鰐淵　090-3381-5527\n\nよろしく。" + SIG)
    v = judge_mail(make_mail(to=["service@partner-example.co.jp"], body=body))
    assert "personal-record" in rules_fired(v)


def test_a_blood_type_is_no_special_care_data():
    body = ("警備計画ご担当者様\n\n配置予定者の情報です。\n\n"
            "氏名：霧島 大吾\n血液型：B型\n資格：施設警備業務検定2級\n" + SIG)
    v = judge_mail(make_mail(to=["keibi@partner-example.co.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_diseases_under_a_vaccine_column_are_vaccines():
    body = ("渡航外来 ご担当者様\n\n赴任予定者の予防接種の予約をお願いします。\n\n"
            "No\t氏名\t赴任先\t希望ワクチン\t希望日\n"
            "1\t霧島 大吾\tタイ\tA型肝炎・破傷風\t土曜\n"
            "2\t水無瀬 凛\tケニア\t黄熱・狂犬病\t平日\n" + SIG)
    v = judge_mail(make_mail(to=["travel@clinic-example.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_a_diagnosis_column_beside_a_vaccine_in_a_row_stays_special_care():
    body = ("産業医 ご担当者様\n\n看護休暇の取得理由です。\n\n"
            "社員番号\t氏名\t取得日\t理由\n"
            "K1024\t霧島 大吾\t2025/02/10\t子 予防接種\n"
            "K1188\t水無瀬 凛\t2025/02/14\t子 気管支喘息 通院\n" + SIG)
    v = judge_mail(make_mail(to=["sangyoi@clinic-example.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def _reply(quoted_first_line: str) -> bytes:
    body = ("森川様\n\nロードマップのご共有ありがとうございます。\n"
            "ベータ版の検証にぜひ参加させてください。" + SIG
            + "\n\n2025年5月1日 10:00 森川 wrote:\n"
            f"> {quoted_first_line}\n> 日の出産業 山田様\n"
            "> 次期バージョンの計画を共有いたします。\n")
    return make_mail(to=["morikawa@vendor-example.co.jp"],
                     subject="Re: 【社外秘】次期バージョンの計画", body=body)


def test_a_reply_keeps_the_recipients_own_marking_quoted_without_its_headers():
    v = judge_mail(_reply("【社外秘】本資料は貴社限りでお取り扱いください。"))
    assert "confidential-marking-external" not in rules_fired(v)


def test_a_reply_whose_quoted_mail_bears_no_marking_keeps_the_subjects():
    v = judge_mail(_reply("いつもお世話になっております。"))
    assert "confidential-marking-external" in rules_fired(v)
