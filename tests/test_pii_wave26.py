"""From a twenty-sixth blind wave (issue 9), written afresh here: payers' readings after a
day of the month, a learning disability named in a slide, and the same condition as the
topic of a course."""

from extractkit import pptx
from mailfactory import judge_mail, make_mail

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n大森 由佳\n株式会社エグザンプル 債権管理課\nTEL 03-5555-0150\n"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


def test_unknown_payers_after_the_day_of_the_month_are_a_list_of_people():
    lines = ["・4日　ミヤケ ジュン　22,000円　振込元：さくら銀行 本店 普通 4412093",
             "・9日　ハナブサ ユイ　31,500円　振込元：東西銀行 駅前支店 普通 3318204",
             "・15日　タチバナ ケイ　8,000円　振込元：みなと信用金庫 本店 普通 5520917",
             "・21日　コガ マコト　12,000円　振込元：東西銀行 北口支店 普通 6631085",
             "・28日　アサノ リク　40,000円　振込元：さくら銀行 中央支店 普通 7740126"]
    body = "法人営業課 ご担当者様\n\n振込人の照会をお願いします。\n" + "\n".join(lines) + JSIG
    v = judge_mail(make_mail(to=["hojin@bank-example.co.jp"], body=body))
    assert v.action >= Action.HOLD


def test_a_named_pupils_learning_disability_on_a_slide_is_held():
    deck = pptx([("指導事例", "伊集院 みのり さん（小学5年）",
                  "小3で学習障害と診断。タブレットでの音声読み上げを併用")])
    raw = make_mail(to=["career@univ-example.ac.jp"], body="説明会の資料です。" + JSIG,
                    attachments=[("説明会.pptx", deck, PPTX)])
    assert judge_mail(raw).action >= Action.HOLD


def test_a_condition_as_the_topic_of_a_course_with_its_lecturer_passes():
    body = ("研修係 御中\n\n研修の案内文案です。\n\n"
            "講師：宇都宮 沙耶 氏（特別支援教育センター 指導主事）\n"
            "内容：学習障害（ディスレクシア）のある子どもへの読書支援、事例紹介\n"
            "定員：40名\n" + JSIG)
    v = judge_mail(make_mail(to=["kenshu@library-example.or.jp"], body=body))
    assert v.action < Action.DELAY


def test_a_notice_to_whoever_has_a_condition_is_no_ones_health():
    body = ("各位\n\n懇親会のご案内です。\n会場：みなとホール（車いす対応トイレあり）\n"
            "車いすをご利用の方は事前にお知らせください。\n"
            "食物アレルギーのある方は事前にお申し出ください。\n"
            "障害のある方は受付でお声がけください。\n"
            "当日の連絡先：幹事 山田 花子（090-4471-2205）\n" + JSIG)
    v = judge_mail(make_mail(to=["soumu@partner-example.co.jp"], body=body))
    assert v.action < Action.DELAY
    # one person's condition in the same words still is one
    body = ("会場ご担当者様\n\n参加者の 朝倉 紗枝 様は車いすをご利用のため、"
            "スロープ側のお席をお願いいたします。\n" + JSIG)
    assert judge_mail(make_mail(to=["hall@venue-example.co.jp"], body=body)).action >= Action.HOLD
