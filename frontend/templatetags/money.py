from django import template

register = template.Library()


@register.filter
def pounds(pence: int | None) -> str:
    """Integer pence as the British show money: 123450 -> £1,234.50, 5000 -> £50."""
    if pence is None:
        return "—"
    whole, part = divmod(int(pence), 100)
    return f"£{whole:,}" if part == 0 else f"£{whole:,}.{part:02d}"
