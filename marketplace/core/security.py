"""The Content-Security-Policy header: scripts only from our own origin (and Stripe.js).

No 'unsafe-inline' for scripts, so an HTML or JS fragment that slipped past escaping
still would not run. Styles allow inline attributes: Pico and htmx set them, and a style
cannot run code.
"""

from urllib.parse import urlsplit

from django.conf import settings


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
