"""The pilot's membership tiers; their Stripe Plans are created when someone first joins."""

from django.db import migrations

# Frozen here: a later change of tiers is a new migration, not an edit of this one.
PLANS = [
    ("provider-annual", "Housing provider membership", "housing_provider", 120_000,
     "Post challenges, invite suppliers and take part in every cohort."),
    ("supplier-small-annual", "Supplier membership (fewer than 50 staff)", "supplier", 50_000,
     "List solutions, express interest and apply to cohorts."),
    ("supplier-annual", "Supplier membership", "supplier", 150_000,
     "List solutions, express interest and apply to cohorts."),
]


def create_plans(apps, schema_editor):
    MembershipPlan = apps.get_model("billing", "MembershipPlan")
    for code, name, kind, amount, description in PLANS:
        MembershipPlan.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "organisation_kind": kind,
                "amount_pence": amount,
                "description": description,
            },
        )


def remove_plans(apps, schema_editor):
    MembershipPlan = apps.get_model("billing", "MembershipPlan")
    MembershipPlan.objects.filter(code__in=[code for code, *_ in PLANS]).delete()


class Migration(migrations.Migration):
    dependencies = [("billing", "0001_initial")]

    operations = [migrations.RunPython(create_plans, remove_plans)]
