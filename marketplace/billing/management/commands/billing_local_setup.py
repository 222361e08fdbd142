import json
import urllib.request

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from marketplace.billing.gateway import is_loopback
from marketplace.billing.memberships import plan_stripe_id
from marketplace.billing.models import MembershipPlan


class Command(BaseCommand):
    help = (
        "For the local demo: have localstripe send signed webhooks to this site, and create "
        "the membership plans in it. Refuses any Stripe that is not on loopback."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--site",
            default=settings.SITE_URL,
            help="Where localstripe can reach this site (default: SITE_URL).",
        )

    def handle(self, *args, site: str, **options) -> None:
        base = settings.STRIPE_API_BASE
        if not is_loopback(base):
            raise CommandError(
                f"{base} is not localstripe on loopback: set up webhooks in Stripe's dashboard."
            )
        endpoint = site.rstrip("/") + reverse("stripe_webhook")
        body = json.dumps({"url": endpoint, "secret": settings.STRIPE_WEBHOOK_SECRET}).encode()
        request = urllib.request.Request(  # noqa: S310 - a loopback URL, checked above
            f"{base}/_config/webhooks/launchpad",
            data=body,
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        try:
            urllib.request.urlopen(request, timeout=10).close()  # noqa: S310
        except OSError as exc:
            raise CommandError(f"localstripe did not answer at {base}: {exc}") from exc
        plans = []
        for plan in MembershipPlan.objects.filter(is_active=True):
            # Look again even if recorded: localstripe may have been restarted from scratch.
            plan.stripe_plan_id = ""
            plans.append(plan_stripe_id(plan))
        self.stdout.write(
            f"localstripe at {base} sends webhooks to {endpoint}; plans: {', '.join(plans)}"
        )
