from allauth.account import views as allauth_views

from marketplace.core.ratelimit import account_wait_seconds

TOO_MANY_ATTEMPTS = "too_many_login_attempts"


class LoginView(allauth_views.LoginView):
    """allauth's sign-in; too many failed attempts answer 429 with Retry-After.

    allauth shows that limit as a form error with status 200, which a script guessing
    passwords cannot tell from a wrong password; the page people see stays the same.
    """

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.has_error("__all__", code=TOO_MANY_ATTEMPTS):
            response.status_code = 429
            response["Retry-After"] = str(account_wait_seconds("login_failed"))
        return response
