from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from marketplace.organisations.models import Organisation
from marketplace.privacy.services import organisation_export_for_request


class Command(BaseCommand):
    help = (
        "Write all of an organisation's data (JSON and CSVs in a zip), as its owner can "
        "download it, for a subject-access request handled by programme staff. Audited."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("slug", help="the organisation's slug, as in its page's address")
        parser.add_argument(
            "--output",
            type=Path,
            help="where to write the zip (default: launchpad-<slug>-<date>.zip here)",
        )
        parser.add_argument(
            "--requested-by",
            default="a subject-access request (manage.py export_organisation)",
            help='who asked, and how, for the audit trail: "A. Smith, e-mail of 3 May"',
        )

    def handle(self, *args, slug: str, output: Path | None, requested_by: str, **options):
        organisation = Organisation.objects.filter(slug=slug).first()
        if organisation is None:
            raise CommandError(f"No organisation has the slug {slug!r}.")
        try:
            export = organisation_export_for_request(
                organisation=organisation, requested_by=requested_by
            )
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        path = output or Path(export.filename)
        if path.is_dir():
            path = path / export.filename
        path.write_bytes(export.content)
        self.stdout.write(f"Wrote the data of {organisation.name} to {path}.")
