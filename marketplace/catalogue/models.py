from django.db import models


class Theme(models.Model):
    """A kind of problem social housing faces; challenges and solutions are tagged with 1-3."""

    slug = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=120, unique=True)
    description = models.TextField(blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name


class Region(models.Model):
    """A UK ITL1 region, identified by its ONS code (e.g. TLC for the North East)."""

    code = models.CharField(max_length=3, unique=True)
    name = models.CharField(max_length=80, unique=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name
