"""The entity types of the SPEC, their names in reports, and what makes a record."""

from __future__ import annotations

ENTITY_TYPES = (
    "JP_MY_NUMBER", "JP_CORPORATE_NUMBER", "CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS",
    "JP_ADDRESS", "JP_BANK_ACCOUNT", "JP_DRIVERS_LICENSE", "JP_PASSPORT",
    "JP_RESIDENCE_CARD", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH",
    "PERSON_NAME", "SENSITIVE_CATEGORY",
)
TYPE_NAMES = {
    "JP_MY_NUMBER": ("マイナンバー", "My Number"),
    "JP_CORPORATE_NUMBER": ("法人番号", "corporate number"),
    "CREDIT_CARD": ("クレジットカード番号", "card number"),
    "PHONE_NUMBER": ("電話番号", "phone number"),
    "EMAIL_ADDRESS": ("メールアドレス", "e-mail address"),
    "JP_ADDRESS": ("住所", "address"),
    "JP_BANK_ACCOUNT": ("口座番号", "bank account"),
    "JP_DRIVERS_LICENSE": ("運転免許証番号", "driver's licence number"),
    "JP_PASSPORT": ("旅券番号", "passport number"),
    "JP_RESIDENCE_CARD": ("在留カード番号", "residence card number"),
    "JP_BASIC_PENSION_NUMBER": ("基礎年金番号", "basic pension number"),
    "JP_HEALTH_INSURANCE": ("健康保険証の記号・番号", "health insurance number"),
    "DATE_OF_BIRTH": ("生年月日", "date of birth"),
    "PERSON_NAME": ("氏名", "name"),
    "SENSITIVE_CATEGORY": ("要配慮個人情報", "special-care personal information"),
}
RECORD_FIELDS = (
    "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT",
    "JP_MY_NUMBER", "CREDIT_CARD", "JP_DRIVERS_LICENSE", "JP_PASSPORT", "JP_RESIDENCE_CARD",
    "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY",
)
# the numbers that identify a person on their own: one of them in mail is a finding
IDENTIFIERS = frozenset({"JP_MY_NUMBER", "CREDIT_CARD", "JP_DRIVERS_LICENSE", "JP_PASSPORT",
                         "JP_RESIDENCE_CARD", "JP_BASIC_PENSION_NUMBER",
                         "JP_HEALTH_INSURANCE"})
