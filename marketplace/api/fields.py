from rest_framework import serializers

from marketplace.core.validators import text_problem


class SlugRelatedField(serializers.SlugRelatedField):
    """DRF's, refusing a value the database cannot hold before looking it up.

    PostgreSQL refuses a NUL in a query as it does in a row, so the lookup itself raised.
    """

    def to_internal_value(self, data):
        if text_problem(data):
            self.fail("invalid")
        return super().to_internal_value(data)
