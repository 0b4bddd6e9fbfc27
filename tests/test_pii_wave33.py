"""From a thirty-third blind wave (issue 9), written afresh here: a table of exhibitors
with their switchboards, a slide of employees with their children's ages, a believer, and
the 信者 of 送信者 in every disclaimer."""

from extractkit import pptx
from mailfactory import judge_mail, make_mail

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n浅見 拓\n株式会社エグザンプル 事業部\nTEL 03-5555-0210\n"


def test_exhibitors_with_their_switchboards_are_organisations():
    body = ("広報ご担当者様\n\nブース配置が確定しました。\n"
            "ブース\t出展者\t代表電話\t搬入\n"
            "A-1\t東都信用金庫\t03-3201-1100\t9:00\n"
            "A-2\t北斗フーズ\t011-221-0420\t9:00\n"
            "A-3\t大和田電機\t044-210-7100\t10:00\n"
            "B-1\t汐留観光協会\t03-3433-3000\t10:00\n"
            "B-2\tランナーズ汐留店\t03-3434-8181\t11:00\n" + JSIG)
    v = judge_mail(make_mail(to=["koho@bank-example.co.jp"], body=body))
    assert v.action < Action.DELAY


def test_a_slide_of_employees_with_their_childrens_ages_is_a_list_of_people():
    lines = ["百瀬 晴美（物流センター） 利用18回／お子様2歳・3歳",
             "栗林 聡（札幌工場） 利用15回／お子様2歳",
             "乙部 透（商品開発部） 利用8回／お子様1歳・3歳",
             "長谷部 恵理（営業本部） 利用8回／お子様5歳",
             "中西 里美（札幌工場） 利用10回／お子様1歳"]
    deck = pptx([("四半期レビュー", "2025年7月〜9月", ""),
                 ("ご利用の多い社員様（上位5名）", "\n".join(lines), "")])
    mail = make_mail(to=["jinji@foods-example.co.jp"], body="資料をお送りします。\n",
                     attachments=[("review.pptx", deck, "application/vnd.openxmlformats-"
                                   "officedocument.presentationml.presentation")])
    v = judge_mail(mail)
    assert v.action >= Action.HOLD


def test_a_named_residents_faith_is_held():
    body = ("自治会長様\n\nご連絡ありがとうございます。苦情のあった件、3-302 の 柳 誠 様に"
            "お話を伺いました。\nご本人はある教会の熱心な信者で、布教のつもりで各戸を"
            "訪問していたとのことです。\n" + JSIG)
    assert judge_mail(make_mail(to=["kaicho.s@gmail.com"], body=body)).action >= Action.HOLD


def test_the_sender_of_a_disclaimer_is_no_believer():
    body = ("サポートご担当者様\n\n昨日の配信遅延について原因をご存じでしょうか。\n"
            "片岡 亮\nTEL 045-650-7708\n"
            "本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
            "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
    v = judge_mail(make_mail(to=["support@system-example.jp"], body=body))
    assert v.action < Action.DELAY
