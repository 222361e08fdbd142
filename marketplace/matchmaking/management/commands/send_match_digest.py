from django.core.management.base import BaseCommand

from marketplace.matchmaking.digest import send_weekly_digest


class Command(BaseCommand):
    help = "E-mail each organisation its strong new matches of the past week (beat: Mondays)."

    def handle(self, *args, **options) -> None:
        told = send_weekly_digest()
        self.stdout.write(f"Digest queued for {told} organisation(s).")
