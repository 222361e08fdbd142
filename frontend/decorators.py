from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404


def staff_only(view):
    """Staff pages answer 404 to everyone else, as if they did not exist."""

    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_staff:
            raise Http404("No such page.")
        return view(request, *args, **kwargs)

    return wrapped
