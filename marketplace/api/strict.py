"""The base of every serializer in the API: a field it cannot write is a 400, never ignored.

DRF drops keys a serializer does not know, so a misspelt field (`sumary`) or one only the
service may set (`is_verified`, `status`) looked like a save that worked. Every endpoint
that reads a body now answers 400, naming each such field, in the API's usual error body:
`{"is_verified": ["This field cannot be set."]}`.
"""

from rest_framework import serializers

CANNOT_BE_SET = "This field cannot be set."


class RejectUnknownFields:
    """Refuse a key that is not a writable field, before any field is validated."""

    def to_internal_value(self, data):
        if hasattr(data, "keys"):
            writable = {name for name, field in self.fields.items() if not field.read_only}
            unknown = sorted(set(data.keys()) - writable)
            if unknown:
                raise serializers.ValidationError({name: [CANNOT_BE_SET] for name in unknown})
        return super().to_internal_value(data)


class Serializer(RejectUnknownFields, serializers.Serializer):
    pass


class ModelSerializer(RejectUnknownFields, serializers.ModelSerializer):
    pass
