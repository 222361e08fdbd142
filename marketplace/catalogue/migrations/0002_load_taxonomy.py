from django.db import migrations

from marketplace.catalogue.taxonomy import REGIONS, THEMES


def load_taxonomy(apps, schema_editor):
    Theme = apps.get_model("catalogue", "Theme")
    Region = apps.get_model("catalogue", "Region")
    for position, (slug, name, description) in enumerate(THEMES, start=1):
        Theme.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "position": position}
        )
    for position, (code, name) in enumerate(REGIONS, start=1):
        Region.objects.update_or_create(code=code, defaults={"name": name, "position": position})


def unload_taxonomy(apps, schema_editor):
    # Only what this migration added; rows staff created later stay.
    apps.get_model("catalogue", "Theme").objects.filter(slug__in=[t[0] for t in THEMES]).delete()
    apps.get_model("catalogue", "Region").objects.filter(code__in=[r[0] for r in REGIONS]).delete()


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0001_initial")]

    operations = [migrations.RunPython(load_taxonomy, unload_taxonomy)]
