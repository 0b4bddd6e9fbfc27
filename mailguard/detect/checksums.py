"""Check-digit functions: pure, digits in, bool or digit out.

Each takes a string of ASCII digits (callers strip separators first) and never raises on
wrong input: a string of the wrong length or with non-digits is simply not valid.
"""

from __future__ import annotations

_MY_NUMBER_WEIGHTS = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def my_number_check_digit(base11: str) -> int:
    """Check digit of an Individual Number (個人番号) from its first 11 digits.

    行政手続における特定の個人を識別するための番号の利用等に関する法律施行令 第八条:
    check = 11 − (Σ Pn·Qn mod 11), or 0 when the remainder is ≤ 1, where Pn is the n-th
    digit counted from the least significant of the 11 and Qn = n+1 (1≤n≤6), n−5
    (7≤n≤11) — i.e. weights 6,5,4,3,2,7,6,5,4,3,2 read left to right.
    """
    r = sum(int(d) * w for d, w in zip(base11, _MY_NUMBER_WEIGHTS, strict=True)) % 11
    return 0 if r <= 1 else 11 - r


def is_my_number(digits: str) -> bool:
    return (len(digits) == 12 and digits.isascii() and digits.isdigit()
            and my_number_check_digit(digits[:11]) == int(digits[11]))


def corporate_check_digit(base12: str) -> int:
    """Check digit of a Corporate Number (法人番号), which stands *first*.

    法人番号の指定等に関する省令 第二条 (National Tax Agency): check = 9 − (Σ Pn·Qn mod 9),
    Pn the n-th digit of the 12-digit base counted from the least significant digit,
    Qn = 1 for odd n and 2 for even n.
    """
    total = 0
    for n, d in enumerate(reversed(base12), start=1):
        total += int(d) * (1 if n % 2 else 2)
    return 9 - total % 9


def is_corporate_number(digits: str) -> bool:
    return (len(digits) == 13 and digits.isascii() and digits.isdigit()
            and corporate_check_digit(digits[1:]) == int(digits[0]))


def luhn_valid(digits: str) -> bool:
    """ISO/IEC 7812-1 Luhn check over a full card number (check digit last)."""
    if not (digits.isascii() and digits.isdigit()) or len(digits) < 2:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        v = int(d)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def ean_valid(digits: str) -> bool:
    """GS1 check digit (EAN-13 / EAN-8 = JAN codes): weights 3,1 from the right, mod 10."""
    if len(digits) not in (8, 13) or not (digits.isascii() and digits.isdigit()):
        return False
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def is_jan_code(digits: str) -> bool:
    """A JAN (Japanese EAN) code: EAN-13 with GS1 Japan's prefix 45 or 49, or EAN-8 with 49."""
    if len(digits) == 13:
        return digits[:2] in ("45", "49") and ean_valid(digits)
    if len(digits) == 8:
        return digits[:2] == "49" and ean_valid(digits)
    return False


# Issuer identification ranges (ISO/IEC 7812 IIN): (name, prefix ranges, lengths)
_ISSUERS: tuple[tuple[str, tuple[tuple[int, int, int], ...], tuple[int, ...]], ...] = (
    # (prefix length, low, high)
    ("Visa", ((1, 4, 4),), (13, 16, 19)),
    ("Mastercard", ((2, 51, 55), (4, 2221, 2720)), (16,)),
    ("American Express", ((2, 34, 34), (2, 37, 37)), (15,)),
    ("JCB", ((4, 3528, 3589),), (16, 17, 18, 19)),
    ("Diners Club", ((3, 300, 305), (4, 3095, 3095), (2, 36, 36), (2, 38, 39)),
     (14, 15, 16, 17, 18, 19)),
    ("Discover", ((4, 6011, 6011), (3, 644, 649), (2, 65, 65), (6, 622126, 622925)),
     (16, 17, 18, 19)),
    ("UnionPay", ((2, 62, 62), (2, 81, 81)), (16, 17, 18, 19)),
)


def card_issuer(digits: str) -> str | None:
    """The card brand whose IIN range and length fit ``digits``, else None."""
    n = len(digits)
    for name, ranges, lengths in _ISSUERS:
        if n not in lengths:
            continue
        for plen, low, high in ranges:
            if low <= int(digits[:plen]) <= high:
                return name
    return None


def is_card_number(digits: str) -> bool:
    return 13 <= len(digits) <= 19 and luhn_valid(digits) and card_issuer(digits) is not None
