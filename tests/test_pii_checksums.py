"""Check-digit functions against public vectors and the official formulas."""

import random

import pytest

from mailguard.detect import checksums


def _my_number_official(base11: str) -> int:
    """番号法施行令 第八条, written as the order states it: Pn is the n-th digit from the
    least significant of the 11, Qn = n + 1 (1 <= n <= 6), n - 5 (7 <= n <= 11)."""
    total = 0
    for n in range(1, 12):
        p = int(base11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def _corporate_official(base12: str) -> int:
    """法人番号の指定等に関する省令 第二条: 9 - (sum Pn*Qn mod 9), Pn from the least
    significant digit, Qn = 1 for odd n, 2 for even n."""
    total = sum(int(base12[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return 9 - total % 9


@pytest.mark.parametrize("number", ["123456789018", "111111111118"])
def test_my_number_known_valid(number):
    assert checksums.is_my_number(number)


@pytest.mark.parametrize("number", ["123456789012", "123456789013", "12345678901",
                                    "1234567890189", "12345678901a", "１２３４５６７８９０１８"])
def test_my_number_invalid(number):
    assert not checksums.is_my_number(number)


def test_my_number_matches_the_enforcement_order_formula():
    rnd = random.Random(1)
    for _ in range(2000):
        base = "".join(rnd.choice("0123456789") for _ in range(11))
        assert checksums.my_number_check_digit(base) == _my_number_official(base)


def test_one_in_ten_random_numbers_passes_the_check():
    rnd = random.Random(2)
    n = 20000
    valid = sum(checksums.is_my_number("".join(rnd.choice("0123456789") for _ in range(12)))
                for _ in range(n))
    assert 0.08 < valid / n < 0.12


@pytest.mark.parametrize("number", [
    "7000012050002",  # 国税庁 (National Tax Agency)
    "1180301018771",  # トヨタ自動車株式会社
    "5010401067252",  # ソニーグループ株式会社
])
def test_corporate_number_public_examples(number):
    assert checksums.is_corporate_number(number)


def test_corporate_number_formula_and_single_digit_errors():
    rnd = random.Random(3)
    for _ in range(2000):
        base = "".join(rnd.choice("0123456789") for _ in range(12))
        check = checksums.corporate_check_digit(base)
        assert check == _corporate_official(base)
        assert checksums.is_corporate_number(f"{check}{base}")
    # a changed digit is caught (except the documented 0 <-> 9 blind spot of modulus 9)
    assert not checksums.is_corporate_number("7000012050003")
    assert not checksums.is_corporate_number("8000012050002")


@pytest.mark.parametrize("number,brand", [
    ("4111111111111111", "Visa"),
    ("4012888888881881", "Visa"),
    ("5555555555554444", "Mastercard"),
    ("2223003122003222", "Mastercard"),
    ("378282246310005", "American Express"),
    ("371449635398431", "American Express"),
    ("3530111333300000", "JCB"),
    ("3566002020360505", "JCB"),
    ("30569309025904", "Diners Club"),
    ("6011111111111117", "Discover"),
    ("6200000000000005", "UnionPay"),
])
def test_card_test_numbers(number, brand):
    assert checksums.luhn_valid(number)
    assert checksums.card_issuer(number) == brand
    assert checksums.is_card_number(number)


@pytest.mark.parametrize("number", [
    "4111111111111112",   # Luhn fails
    "1234567812345670",   # Luhn passes, no issuer starts with 1
    "4111111111111",      # Visa prefix, Luhn fails at 13 digits
])
def test_card_numbers_rejected(number):
    assert not checksums.is_card_number(number)


@pytest.mark.parametrize("code", ["4912345678904", "4901234567894", "49123456"])
def test_jan_codes(code):
    assert checksums.ean_valid(code)
    assert checksums.is_jan_code(code)


def test_jan_needs_japanese_prefix_and_check_digit():
    assert not checksums.is_jan_code("4912345678905")
    assert checksums.ean_valid("5901234123457")  # GS1 example, Poland
    assert not checksums.is_jan_code("5901234123457")
