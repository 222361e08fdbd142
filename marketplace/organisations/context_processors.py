from marketplace.organisations.selectors import memberships_for_user


def acting_as(request) -> dict:
    """Who the user is acting as, for the navigation's organisation switcher."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    membership = getattr(request, "membership", None)
    return {
        "acting_membership": membership if membership else None,
        "all_memberships": memberships_for_user(user=user),
    }
