"""From the sixty-sixth blind wave (issue 9), written afresh here: payees' accounts listed
by their code under their bank and branch, and guarantors named beside the companies they
stand for."""

from extractkit import xlsx
from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.policy.verdict import Action

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SIG = "\n\n--\n宮坂 伸也\n株式会社エグザンプル 経理部\nTEL 03-5555-0660\n"


def test_payees_accounts_listed_by_code_under_their_bank_and_branch():
    rows = "\n".join(f"{c}\t{b}\t{br}\t普通\t{a}\t{amt}" for c, b, br, a, amt in [
        ("K1042", "さくら銀行", "青葉台支店", "4410952", "88,000"),
        ("K1187", "ひまわり銀行", "駅前支店", "2235071", "152,400"),
        ("K1203", "さくら銀行", "本店営業部", "7719308", "64,900"),
        ("K1266", "東和信用金庫", "中町支店", "5502814", "230,000"),
        ("K1311", "ひまわり銀行", "北口支店", "1184463", "47,300")])
    body = ("ご担当者様\n\n下記5件が振込不能で返却されました。理由をお知らせください。\n\n"
            "委託先CD\t金融機関\t支店\t種目\t口座番号\t金額\n" + rows + SIG)
    v = judge_mail(make_mail(to=["hojin@bank-example.co.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)


def test_the_companys_own_accounts_are_no_list_of_people():
    body = ("監査法人 ご担当者様\n\n残高確認の対象口座です（すべて当社名義）。\n\n"
            "金融機関\t支店\t種目\t口座番号\n"
            "さくら銀行\t本店営業部\t当座\t0551823\nさくら銀行\t青葉台支店\t普通\t3318840\n"
            "ひまわり銀行\t駅前支店\t普通\t6620471\n東和信用金庫\t本店\t定期\t9904125\n"
            "東和信用金庫\t中町支店\t普通\t2271559\n" + SIG)
    v = judge_mail(make_mail(to=["kansa@audit-example.jp"], body=body))
    assert v.action < Action.DELAY


def test_guarantors_named_beside_the_companies_they_stand_for():
    rows = [["契約番号", "契約者", "連帯保証人", "保証人電話", "未着書類"]] + [
        [f"LC-{i:04d}", c, n, p, "契約書原本"] for i, (c, n, p) in enumerate([
            ("有限会社みなと工業", "梶谷 亮", "090-4471-2268"),
            ("株式会社あさひ設計", "藤代 美和", "080-3310-5527"),
            ("合同会社かえで企画", "長尾 誠", "070-2284-9913"),
            ("有限会社つばめ商会", "寺島 京子", "090-6620-1184"),
            ("株式会社こだま電設", "水野 拓", "080-7734-0216")], 1)]
    v = judge_mail(make_mail(to=["sales@dealer-example.co.jp"], body="回収状況です。" + SIG,
                             attachments=[("回収状況.xlsx", xlsx({"未回収": rows}), XLSX)]))
    assert "personal-data-list" in rules_fired(v)
