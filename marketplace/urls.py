from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from marketplace.accounts.views import LoginView
from marketplace.billing.views import stripe_webhook
from marketplace.core.views import healthz, readyz

# The admin signs in through allauth, so staff get the same rate limits and second factor.
admin.autodiscover()
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "Launchpad administration"
admin.site.site_title = "Launchpad admin"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("admin/", admin.site.urls),
    # Ours first: allauth's sign-in, answering 429 when failed attempts run out.
    path("accounts/login/", LoginView.as_view(), name="account_login"),
    path("accounts/", include("allauth.urls")),
    path("api/", include("marketplace.api.urls")),
    # A machine endpoint: Stripe is configured with this URL, so it never moves.
    path("billing/stripe/webhook/", stripe_webhook, name="stripe_webhook"),
    path("", include("frontend.urls")),
]

handler400 = "marketplace.core.error_pages.bad_request"
handler403 = "marketplace.core.error_pages.permission_denied"
handler404 = "marketplace.core.error_pages.page_not_found"
handler500 = "marketplace.core.error_pages.server_error"
# Not a Django handler: allauth answers its own sign-in and sign-up limits with this view.
handler429 = "marketplace.core.ratelimit.account_limit_reached"
