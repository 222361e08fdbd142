def acting_as(request) -> dict:
    """Who the user is acting as, for the navigation's organisation switcher."""
    return {
        "acting_membership": getattr(request, "membership", None),
        "all_memberships": getattr(request, "memberships", []),
    }
