from decimal import Decimal

from django import template

from marketplace.core import money

register = template.Library()


@register.filter
def pounds(pence: int | None) -> str:
    """Integer pence as the British show money: 123450 -> £1,234.50, 5000 -> £50."""
    return "—" if pence is None else money.pounds(pence)


@register.filter
def shown(cell):
    """A dashboard cell as read on the page: amounts (Decimal pounds) as £1,234.50, None as —."""
    if isinstance(cell, Decimal):
        return money.pounds(int(cell.scaleb(2)))
    return "—" if cell is None else cell
