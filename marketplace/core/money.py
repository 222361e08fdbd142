"""Money is integer pence in GBP everywhere; this is how people read it."""

from decimal import Decimal


def pounds(pence: int) -> str:
    """Integer pence as the British show money: 123450 -> £1,234.50, 5000 -> £50."""
    whole, part = divmod(int(pence), 100)
    return f"£{whole:,}" if part == 0 else f"£{whole:,}.{part:02d}"


def pounds_decimal(pence: int) -> Decimal:
    """Pence as a number of pounds for spreadsheets: 123450 -> Decimal('1234.50')."""
    return Decimal(int(pence)).scaleb(-2)
