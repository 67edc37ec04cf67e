"""Phone numbers: stored in E.164, validated and shown in national format (phonenumbers)."""

from __future__ import annotations

from app.errors import ValidationError

# phonenumbers (~25 ms with its metadata) is imported on first use, not at start-up: the
# window's first tab shows no number.


def to_e164(field: str, raw: str | None, region: str) -> str | None:
    """Parse what a person typed (`06 12 …`, `+44 …`) into E.164, or refuse it with a reason."""
    if raw is None or not str(raw).strip():
        return None
    import phonenumbers

    try:
        number = phonenumbers.parse(str(raw), region)
    except phonenumbers.NumberParseException:
        raise ValidationError(field, "invalid_phone", raw) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(field, "invalid_phone", raw)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def for_display(e164: str | None, region: str) -> str:
    """National format when the number is of the plan's country, international otherwise."""
    if not e164:
        return ""
    import phonenumbers

    number = phonenumbers.parse(e164, None)
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def digits(text: str) -> str:
    """Only the digits of a search text, to match numbers however they were typed."""
    return "".join(ch for ch in text if ch.isdigit())
