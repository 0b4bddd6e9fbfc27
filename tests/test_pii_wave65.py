"""From the sixty-fifth blind wave (issue 9), written afresh here: a marking quoted as what
an envelope will say, and an addressee column of departments (御中)."""

from extractkit import xlsx
from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.policy.verdict import Action

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SIG = "\n\n--\n矢部 早紀\n株式会社エグザンプル 人事部\nTEL 03-5555-0650\n"


def test_a_marking_quoted_as_what_an_envelope_will_say_is_no_stamp():
    body = ("島田様\n\n源泉徴収簿の写しは個人情報を含むため、メールではなく"
            "「親展・社外秘」の朱書きをした封筒にて郵送でお送りします。\n" + SIG)
    v = judge_mail(make_mail(to=["shimada@sr-example.jp"], body=body))
    assert "confidential-marking-external" not in rules_fired(v)


def test_an_addressee_column_of_departments_is_no_list_of_people():
    rows = [["郵便番号", "住所", "会社名", "宛名"]] + [
        [z, a, c, d] for z, a, c, d in [
            ("100-0004", "東京都千代田区大手町1-2-3", "株式会社アルファ商事", "総務部 御中"),
            ("231-0023", "神奈川県横浜市中区山下町12-4", "ベータ工業株式会社", "購買部 御中"),
            ("460-0003", "愛知県名古屋市中区錦2-6-8", "ガンマ物流株式会社", "営業本部 御中"),
            ("541-0041", "大阪府大阪市中央区北浜1-5-5", "デルタ建設株式会社", "御中"),
            ("812-0012", "福岡県福岡市博多区博多駅前4-1", "イプシロン電機(株)", "九州支店 御中"),
            ("980-0811", "宮城県仙台市青葉区一番町2-7-2", "ゼータ商会有限会社", "仙台営業所 御中")]]
    body = "宛名印刷をお願いします。宛先はすべて会社宛てです。" + SIG
    v = judge_mail(make_mail(to=["print@print-example.co.jp"], body=body,
                             attachments=[("宛名リスト.xlsx", xlsx({"宛名": rows}), XLSX)]))
    assert "personal-data-list" not in rules_fired(v)
    assert v.action < Action.DELAY


def test_a_transfer_file_whose_bank_and_branch_names_are_blank():
    lines = ["1210000000000ｴｸｻﾞﾝﾌﾟﾙ(ｶ                            07250178ﾐﾄﾞﾘｷﾞﾝｺｳ      001ﾎﾝﾃﾝ"]
    for bank, branch, acct, name in [("0613", "611", "24415502", "ｻｶｲ ﾘｮｳ"),
                                     ("0178", "001", "13372910", "ﾓﾘﾀ ｴﾐ"),
                                     ("0178", "231", "17710284", "ﾀｶﾉ ｼﾝ"),
                                     ("1562", "034", "12294471", "ｵｵﾉ ﾕｶ"),
                                     ("0591", "203", "16620038", "ｲﾏｲ ｼｭﾝ")]:
        gap = " " * 15
        lines.append(f"2{bank}{gap}{branch}{gap}    {acct}{name:<30}00002800000")
    lines.append("8000005000014000000")
    body = "振込データのテストファイルです。形式チェックをお願いします。" + SIG
    v = judge_mail(make_mail(to=["hojin@bank-example.co.jp"], body=body,
                             attachments=[("FB_TEST.txt", "\r\n".join(lines).encode("cp932"),
                                           "text/plain")]))
    assert "personal-data-list" in rules_fired(v)


def test_a_japanese_account_written_in_english():
    body = ("Hi payroll team,\n\nPriya Nair (Maths, staff no. T-3310) has moved her salary "
            "account.\n\n  Bank: Example Bank, Ebisu branch (code 312)\n"
            "  Account: ordinary 6604218\n  Name: NAIR PRIYA\n\nThanks,\nOwen\n")
    v = judge_mail(make_mail(to=["payroll@school-example.jp"], body=body))
    assert "JP_BANK_ACCOUNT" in {e.type for f in v.findings for e in f.entities}


def test_a_licence_expiry_column_does_not_make_phones_licences():
    body = ("driver_id,name,mobile,licence_expiry\nD01,Sato Ken,+81-90-4411-2093,2027-03-01\n"
            "D02,Ono Mai,+81-80-3312-7754,2028-01-15\n" + SIG)
    v = judge_mail(make_mail(to=["fleet@lease-example.co.jp"], body=body))
    assert "JP_DRIVERS_LICENSE" not in {e.type for f in v.findings for e in f.entities}
