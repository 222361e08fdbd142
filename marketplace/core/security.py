"""Security headers: Content-Security-Policy, Permissions-Policy, and no caching of private pages.

The Content-Security-Policy allows scripts only from our own origin (and Stripe.js). No
'unsafe-inline' for scripts, so an HTML or JS fragment that slipped past escaping still
would not run. Styles allow inline attributes: Pico and htmx set them, and a style cannot
run code.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils.cache import add_never_cache_headers


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def content_security_policy() -> str:
    stripe = " ".join(
        sorted(
            {o for o in (_origin(settings.STRIPE_JS_URL), _origin(settings.STRIPE_API_BASE)) if o}
        )
    )
    directives = {
        "default-src": "'self'",
        "script-src": f"'self' {stripe}",
        "style-src": "'self' 'unsafe-inline'",
        "img-src": "'self' data:",
        "font-src": "'self'",
        "connect-src": f"'self' {stripe}",
        "frame-src": f"'self' {stripe}",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "frame-ancestors": "'none'",
    }
    return "; ".join(f"{name} {value.strip()}" for name, value in directives.items())


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # Built per response (microseconds) so that a changed Stripe setting applies at once.
        response.setdefault("Content-Security-Policy", content_security_policy())
        return response


# Powerful browser features no page of ours uses, refused to the page and to every frame in
# it; payment only for our pages and Stripe's card frame (Payment Request buttons).
UNUSED_FEATURES = ("accelerometer", "camera", "display-capture", "geolocation", "gyroscope",
                   "magnetometer", "microphone", "midi", "usb")  # fmt: skip


def permissions_policy() -> str:
    stripe = _origin(settings.STRIPE_JS_URL)
    payment = f'(self "{stripe}")' if stripe else "(self)"
    return ", ".join([*(f"{feature}=()" for feature in UNUSED_FEATURES), f"payment={payment}"])


class PrivateResponseMiddleware:
    """Permissions-Policy on every response; `Cache-Control: no-store` on every private one.

    A response to a signed-in person (by session or API token) holds their organisation's
    data: no browser cache, shared proxy or back button on a shared computer may keep it.
    Placed near the top, so redirects and refusals from the middleware below are covered.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", permissions_policy())
        if _is_private(request):
            add_never_cache_headers(response)
        return response


def _is_private(request) -> bool:
    # DRF sets the token's user on the Django request when it authenticates one; a request
    # that sent credentials DRF refused gets no-store too, which costs nothing.
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated) or "Authorization" in request.headers
