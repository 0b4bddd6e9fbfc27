"""From a thirty-ninth blind wave (issue 9), written afresh here: halal goods and a
person's faith, a foreign name in katakana as a sentence's subject, address labels set
apart by rules, a 極秘 line with its 取扱者限り, a closed session in an agenda, a sheet
that names one pupil, a school's own record, and a reply to the recipient's own 社外秘
mail."""

from extractkit import xlsx
from mailfactory import judge_mail, make_mail, rules_fired, verdict_types

from mailguard.policy.verdict import Action

SIG = "\n\n--\n蓮見 健\n株式会社エグザンプル 輸入課\nTEL 03-5555-0990\n"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_halal_goods_and_their_certificate_are_no_ones_faith():
    body = ("Dear Mr Rahman,\n\nYour container arrives at Oi on 3 May. For the halal seal "
            "inspection, our contact on site will be:\n  Daiki Oshiro, Oi Logistics Center\n"
            "  Mobile: +81 80-5555-1207\n\nBest regards,\nKen\n")
    v = judge_mail(make_mail(to=["export@spice-example.com.my"], body=body))
    assert "SENSITIVE_CATEGORY" not in verdict_types(v)
    assert v.action < Action.DELAY


def test_a_colleagues_faith_told_to_a_hotel_is_held():
    body = ("フロント御中\n\n予約している弊社のハリム・スルタンは、イスラム教徒のため、"
            "朝食に豚肉を含まないものをお願いできますでしょうか。\n" + SIG)
    v = judge_mail(make_mail(to=["front@inn-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert {"PERSON_NAME", "SENSITIVE_CATEGORY"} <= verdict_types(v)


def test_address_labels_set_apart_by_rules_are_a_list_not_a_signature():
    people = [("荒巻 透", "東京都北区赤羽1-2-3"), ("ナジブ・カリム", "東京都板橋区大山町4-5-6"),
              ("浜口 瞳", "埼玉県川口市栄町7-8-9"), ("ソフィア・ルイス", "東京都足立区千住1-1-1"),
              ("真柄 哲也", "東京都荒川区町屋2-2-2"), ("ハサン・アリ", "東京都北区王子3-3-3")]
    rule = "━━━━━━━━━━"
    body = ("印刷会社 御中\n\n発送先の宛名です。\n\n" + "\n".join(
        f"{rule}\n{n} 様\n〒115-00{k}{k}\n{a}" for k, (n, a) in enumerate(people, 1))
        + f"\n{rule}\n株式会社エグザンプル 経理部\nTEL 03-5555-0991\n")
    v = judge_mail(make_mail(to=["dm@print-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "personal-data-list" in rules_fired(v)


def test_a_kiki_line_for_its_handlers_only_is_a_marking():
    body = ("■■■ 極秘 ■■■　取扱者限り\n\n先生\n\n和解案の検討結果をお送りします。\n" + SIG)
    v = judge_mail(make_mail(to=["bengoshi@law-example.jp"], body=body))
    assert any(f.detector == "confidential_marking" and f.action >= Action.HOLD
               for f in v.findings)


def test_a_closed_session_in_an_agenda_is_no_marking():
    body = ("広報ご担当 様\n\n掲載用の開催告知です。\n\n日時：2月3日（月）18時から\n"
            "議題：報告書の取りまとめについて（非公開）\n" + SIG)
    v = judge_mail(make_mail(to=["koho@city-example.lg.jp"], body=body))
    assert not any(f.detector == "confidential_marking" for f in v.findings)


def test_a_sheet_that_names_one_pupil_ties_the_terms_in_its_rows():
    data = xlsx({"記録": [["来室記録（抜粋）　3年1組　早乙女 晴"],
                          ["日付", "主訴", "処置", "備考"],
                          ["2025/5/12", "頭痛", "休養", "教室復帰"],
                          ["2025/6/3", "動悸", "休養", "早退"],
                          ["2025/6/20", "不眠", "休養", "保護者連絡"]]})
    v = judge_mail(make_mail(to=["iin@committee-example.jp"], body="記録の抜粋です。\n" + SIG,
                             attachments=[("来室記録.xlsx", data, XLSX)]))
    assert v.action >= Action.HOLD
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_schools_own_record_in_a_row_does_not_make_the_row_a_business():
    data = xlsx({"経過": [["日付", "出来事", "出典"],
                          ["2024/4/15", "ダ・シルバ マテウスさんが転入", "学校記録"],
                          ["2024/5/8", "マテウスさんの出自をからかう発言", "聴取"]]})
    v = judge_mail(make_mail(to=["iin@committee-example.jp"], body="経過表です。\n" + SIG,
                             attachments=[("経過表.xlsx", data, XLSX)]))
    assert v.action >= Action.HOLD


def test_a_reply_to_the_recipients_own_shagaihi_mail_is_not_our_marking():
    body = ("小林様\n\nご共有ありがとうございます。見積りは来週お送りします。\n\n"
            "-----Original Message-----\n"
            "From: 小林 葵 <kobayashi@store-example.co.jp>\n"
            "Subject: 【社外秘】春の販促計画（案）\n\n【社外秘】\n販促計画（案）を共有します。\n")
    v = judge_mail(make_mail(to=["kobayashi@store-example.co.jp"],
                             subject="RE: 【社外秘】春の販促計画（案）", body=body))
    assert not any(f.detector == "confidential_marking" for f in v.findings)


def test_our_own_shagaihi_mail_replied_to_outside_is_still_held():
    # the quoted original is a colleague's: the marking is ours, and it leaves
    body = ("小林様\n\n下記、ご参考までに。\n\n"
            "-----Original Message-----\n"
            "From: 山田 太郎 <taro@example.co.jp>\n"
            "Subject: 【社外秘】春の販促計画（案）\n\n【社外秘】\n社内検討用です。\n")
    v = judge_mail(make_mail(to=["kobayashi@store-example.co.jp"],
                             subject="RE: 【社外秘】春の販促計画（案）", body=body))
    assert any(f.detector == "confidential_marking" and f.action >= Action.HOLD
               for f in v.findings)


def test_a_loanword_set_off_by_a_dot_is_no_name():
    body = ("販売所 所長様\n\n通達を転送します。\n\n---------- Forwarded message ----------\n"
            "契約書面の交付とクーリング・オフの説明を徹底してください。\n"
            "保護観察中の者の雇用に関する遵守事項も確認してください。\n")
    v = judge_mail(make_mail(to=["shocho@hanbai-example.co.jp"], body=body))
    assert "PERSON_NAME" not in verdict_types(v)
    assert v.action < Action.DELAY


def test_a_columns_supervising_doctor_is_not_its_patient():
    body = ("編集部 御中\n\n会報のコラム原稿です。\n――――――――――――\n"
            "冬の感染症に備える（監修：久我山 澄子 医師）\n"
            "インフルエンザの流行期には手洗いと換気を心がけましょう。\n――――――――――――\n"
            "見出しは前号と同じでお願いします。\n" + SIG)
    v = judge_mail(make_mail(to=["henshu@print-example.co.jp"], body=body))
    assert not {"sensitive-personal-data", "personal-record"} & rules_fired(v)
