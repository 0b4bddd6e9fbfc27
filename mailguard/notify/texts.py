"""Words shown to people, in Japanese and English: labels, questions, times.

Shared by the notices and the review page so both say the same thing the same way.
Each table maps a key to ``{"ja": ..., "en": ...}``; ``label(table, key, lang)`` falls
back to the key itself for what a table does not know (a new detector, a new event).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from collections.abc import Mapping

Texts = Mapping[str, Mapping[str, str]]

SEVERITY: Texts = {
    "info": {"ja": "情報", "en": "info"},
    "low": {"ja": "低", "en": "low"},
    "medium": {"ja": "中", "en": "medium"},
    "high": {"ja": "高", "en": "high"},
    "critical": {"ja": "重大", "en": "critical"},
}

ACTION: Texts = {
    "pass": {"ja": "送信可", "en": "pass"},
    "warn": {"ja": "注意", "en": "warning"},
    "delay": {"ja": "送信遅延", "en": "delay"},
    "hold": {"ja": "保留", "en": "hold"},
    "reject": {"ja": "送信拒否", "en": "reject"},
}

STATUS: Texts = {
    "held": {"ja": "保留中（未送信）", "en": "on hold (not sent)"},
    "delayed": {"ja": "送信待ち（遅延中）", "en": "waiting to go out (delayed)"},
    "released": {"ja": "送信しました", "en": "sent"},
    "rewritten": {"ja": "Bcc にして送信しました", "en": "sent with recipients in Bcc"},
    "cancelled": {"ja": "取り消しました（送信していません）", "en": "cancelled (not sent)"},
    "expired": {"ja": "期限切れで取り消しました（送信していません）",
                "en": "expired and cancelled (not sent)"},
    "rejected": {"ja": "送信を拒否しました", "en": "rejected"},
    "passed": {"ja": "送信済み", "en": "passed"},
    "warned": {"ja": "注意付きで送信済み", "en": "passed with a warning"},
}

EVENT: Texts = {
    "judged": {"ja": "判定", "en": "judged"},
    "held": {"ja": "保留", "en": "held"},
    "delayed": {"ja": "送信遅延", "en": "delayed"},
    "notified": {"ja": "通知", "en": "notified"},
    "reminded": {"ja": "期限前の再通知", "en": "reminded"},
    "viewed": {"ja": "閲覧", "en": "viewed"},
    "released": {"ja": "送信", "en": "released"},
    "rewritten": {"ja": "Bcc にして送信", "en": "sent as Bcc"},
    "cancelled": {"ja": "取り消し", "en": "cancelled"},
    "expired": {"ja": "期限切れ", "en": "expired"},
    "approved": {"ja": "承認", "en": "approved"},
    "rejected": {"ja": "差し戻し", "en": "rejected"},
    "delivered": {"ja": "配送完了", "en": "delivered"},
    "delivery_failed": {"ja": "配送失敗", "en": "delivery failed"},
    "bounced": {"ja": "不達通知", "en": "bounce sent"},
    "purged": {"ja": "本文を削除（保存期間の経過）", "en": "raw message deleted (retention)"},
}

ROLE: Texts = {
    "sender": {"ja": "送信者", "en": "sender"},
    "approver": {"ja": "承認者", "en": "approver"},
    "admin": {"ja": "管理者", "en": "admin"},
    "system": {"ja": "システム", "en": "system"},
}

FIELD: Texts = {
    "to": {"ja": "To", "en": "To"},
    "cc": {"ja": "Cc", "en": "Cc"},
    "bcc": {"ja": "Bcc", "en": "Bcc"},
    "envelope": {"ja": "Bcc", "en": "Bcc"},
}

ENTITY: Texts = {
    "JP_MY_NUMBER": {"ja": "個人番号（マイナンバー）", "en": "My Number"},
    "JP_CORPORATE_NUMBER": {"ja": "法人番号", "en": "Corporate number"},
    "CREDIT_CARD": {"ja": "クレジットカード番号", "en": "Credit card number"},
    "PHONE_NUMBER": {"ja": "電話番号", "en": "Phone number"},
    "EMAIL_ADDRESS": {"ja": "メールアドレス", "en": "Email address"},
    "JP_ADDRESS": {"ja": "住所", "en": "Postal address"},
    "JP_BANK_ACCOUNT": {"ja": "銀行口座番号", "en": "Bank account"},
    "JP_DRIVERS_LICENSE": {"ja": "運転免許証番号", "en": "Driver's licence number"},
    "JP_PASSPORT": {"ja": "旅券番号", "en": "Passport number"},
    "JP_RESIDENCE_CARD": {"ja": "在留カード番号", "en": "Residence card number"},
    "JP_BASIC_PENSION_NUMBER": {"ja": "基礎年金番号", "en": "Basic pension number"},
    "JP_HEALTH_INSURANCE": {"ja": "健康保険の記号・番号", "en": "Health insurance number"},
    "DATE_OF_BIRTH": {"ja": "生年月日", "en": "Date of birth"},
    "PERSON_NAME": {"ja": "氏名", "en": "Person's name"},
    "SENSITIVE_CATEGORY": {"ja": "要配慮個人情報", "en": "Sensitive personal data"},
}

# The one question each kind of finding asks the sender (anti-形骸化: a specific
# question instead of "are you sure?").
QUESTION: Texts = {
    "external_recipients_visible": {
        "ja": "社外の宛先同士がお互いのアドレスを見られる状態です。Bcc にして送りますか？",
        "en": "External recipients can see each other's addresses. Send it with them in Bcc?"},
    "multiple_external_domains": {
        "ja": "複数の社外組織に同じメールが届きます。全員に送ってよい内容ですか？",
        "en": "Several external organisations get this message. May all of them see it?"},
    "lookalike_domain": {
        "ja": "宛先のドメインは本当に正しいですか？ よく似た別の組織の可能性があります。",
        "en": "Is the recipient's domain really right? It looks like another one."},
    "first_contact": {
        "ja": "これまで送ったことのない相手です。宛先は正しいですか？",
        "en": "Nobody here has written to this recipient before. Is the address right?"},
    "display_name_mismatch": {
        "ja": "表示名といつものアドレスが違います。この相手で正しいですか？",
        "en": "The name usually goes with another address. Is this the right person?"},
    "addressee_mismatch": {
        "ja": "本文の宛名と実際の宛先が一致しません。宛先は正しいですか？",
        "en": "The salutation names someone other than the recipients. Is the address right?"},
    "freemail_recipient": {
        "ja": "個人向けのアドレスに送ろうとしています。この相手で正しいですか？",
        "en": "This goes to a personal address. Is that the right person?"},
    "confidential_marking": {
        "ja": "社外秘・機密の表示がある内容を社外に送ってよいですか？",
        "en": "This is marked confidential. May it leave the organisation?"},
    "personal_data": {
        "ja": "個人情報が含まれています。この相手に送ってよい情報ですか？",
        "en": "It contains personal data. May these recipients receive it?"},
    "unscannable_attachment": {
        "ja": "中身を確認できない添付ファイルがあります。送ってよいファイルですか？",
        "en": "An attachment could not be checked. Should it really be sent?"},
}
DEFAULT_QUESTION = {"ja": "このメールを送ってよいか確認してください。",
                    "en": "Please check whether this message should be sent."}

WEEKDAYS_JA = "月火水木金土日"


def label(table: Texts, key: str, lang: str) -> str:
    return table.get(key, {}).get(lang, key)


def where_label(where: str, lang: str) -> str:
    """``header:To`` → 宛先 (To); ``attachment:a.zip/b.csv`` → 添付「a.zip/b.csv」."""
    kind, _, rest = where.partition(":")
    ja = lang == "ja"
    if kind == "header":
        return f"ヘッダー {rest}" if ja else f"{rest} header"
    if kind == "attachment":
        return f"添付ファイル「{rest}」" if ja else f"attachment {rest}"
    fixed = {"subject": ("件名", "subject"), "body": ("本文", "body"),
             "message": ("メール全体", "whole message")}
    if where in fixed:
        return fixed[where][0 if ja else 1]
    if kind == "body":
        return "本文" if ja else "body"
    return where


def actor_label(actor: str, lang: str) -> str:
    role, _, who = actor.partition(":")
    name = label(ROLE, role, lang)
    return f"{name} {who}".strip() if who else name


@functools.lru_cache(maxsize=16)
def zone(name: str) -> dt.tzinfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def fmt_time(when: dt.datetime | None, lang: str, tz: str = "Asia/Tokyo") -> str:
    """2026年4月1日(水) 18:00 / Wed 1 Apr 2026 18:00 JST."""
    if when is None:
        return "—"
    local = when.astimezone(zone(tz))
    abbr = local.tzname() or ""
    if lang == "ja":
        return (f"{local.year}年{local.month}月{local.day}日"
                f"({WEEKDAYS_JA[local.weekday()]}) {local:%H:%M}"
                + ("" if abbr == "JST" else f" {abbr}"))
    return f"{local:%a} {local.day} {local:%b %Y %H:%M} {abbr}".strip()


def fmt_span(delta: dt.timedelta, lang: str) -> str:
    """A duration in words: 3 日 / 5 時間 / 10 分 (en: 3 days...)."""
    minutes = max(int(delta.total_seconds() // 60), 0)
    if minutes >= 2 * 24 * 60:
        n, ja, en = round(minutes / 1440), "日", "days"
    elif minutes >= 120:
        n, ja, en = round(minutes / 60), "時間", "hours"
    else:
        n, ja, en = max(minutes, 1), "分", "minutes" if minutes != 1 else "minute"
    return f"{n} {ja}" if lang == "ja" else f"{n} {en}"
