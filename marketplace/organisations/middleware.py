from django.utils.functional import SimpleLazyObject

from marketplace.organisations.selectors import memberships_for_user

SESSION_KEY = "active_organisation_id"


def active_membership(request):
    """The membership the user is acting through: the one chosen in the switcher, else the first."""
    memberships = list(memberships_for_user(user=request.user))
    if not memberships:
        return None
    chosen = request.session.get(SESSION_KEY)
    for membership in memberships:
        if membership.organisation_id == chosen:
            return membership
    return memberships[0]


class ActiveOrganisationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.membership = SimpleLazyObject(lambda: active_membership(request))
        return self.get_response(request)
