"""From a twenty-eighth blind wave (issue 9), written afresh here: an accident report
whose diagnosis and form stand in different parts of one document, accounts written with
slashes, an arrested driver named by role and age."""

from extractkit import docx
from mailfactory import judge_mail, make_mail

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n大森 由佳\n株式会社エグザンプル 総務課\nTEL 03-5555-0150\n"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_an_accident_reports_diagnosis_ties_to_the_person_of_its_form():
    doc = docx(["事故報告書", "状況：鉄棒から落下し左手をついて転倒。",
                "受診結果：診断名 左尺骨骨折（全治5週間）。"],
               table=[["被保険者氏名", "真壁 陽向（マカベ ヒナタ）"], ["項目", "内容"],
                      ["生年月日", "平成29年2月3日"], ["保護者", "真壁 沙織"],
                      ["住所", "千葉県船橋市本町4-2-8"], ["連絡先", "090-3318-2207"]])
    raw = make_mail(to=["jiko@sports-hoken-example.co.jp"], body="事故報告書です。" + JSIG,
                    attachments=[("事故報告書.docx", doc, DOCX)])
    assert judge_mail(raw).action >= Action.HOLD


def test_a_document_with_two_peoples_records_does_not_guess_whose_term_it_is():
    doc = docx(["研修資料", "過去の事例：骨折による休業が年3件ありました。"],
               table=[["氏名", "電話"], ["真壁 陽向", "090-3318-2207"],
                      ["古賀 理沙", "080-7711-0932"]])
    raw = make_mail(to=["kenshu@training-example.co.jp"], body="資料です。" + JSIG,
                    attachments=[("資料.docx", doc, DOCX)])
    assert "sensitive-personal-data" not in {f.rule for f in judge_mail(raw).findings}


def test_accounts_written_with_slashes_make_a_transfer_list():
    lines = [f"{i + 1}. {n}／坂戸支店／普通／{a}" for i, (n, a) in enumerate(
        [("島津 陽向", "7692091"), ("東雲 隆", "4509068"), ("井沢 彩", "5318129"),
         ("山路 勝", "8251199"), ("小幡 和也", "5666476")])]
    body = "法人営業ご担当者様\n\n振込先口座の変更です。\n" + "\n".join(lines) + "\n" + JSIG
    assert judge_mail(make_mail(to=["hojin@bank-example.co.jp"], body=body)).action \
        >= Action.HOLD


def test_an_arrest_of_a_staff_member_named_by_role_and_age_is_held():
    body = ("先生\n\nご相談です。\n営業所の運転士 百目木 剛（46歳、勤続9年）が、"
            "私用車で帰宅中に酒気帯び運転で逮捕され、現在勾留中です。\n" + JSIG)
    assert judge_mail(make_mail(to=["office@law-example.jp"], body=body)).action \
        >= Action.HOLD
