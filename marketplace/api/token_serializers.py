from rest_framework import serializers

from marketplace.accounts.models import ApiToken
from marketplace.accounts.tokens import MAX_TOKEN_DAYS
from marketplace.api import strict


class TokenCreateSerializer(strict.Serializer):
    name = serializers.CharField(max_length=100, required=False, allow_blank=True, default="")
    expires_in_days = serializers.IntegerField(
        min_value=1, max_value=MAX_TOKEN_DAYS, required=False, allow_null=True, default=None
    )


class ApiTokenSerializer(strict.ModelSerializer):
    class Meta:
        model = ApiToken
        fields = ["id", "name", "prefix", "created_at", "expires_at", "last_used_at"]


class IssuedTokenSerializer(ApiTokenSerializer):
    token = serializers.CharField(help_text="The key: shown this once, never again.")

    class Meta(ApiTokenSerializer.Meta):
        fields = ["token", *ApiTokenSerializer.Meta.fields]
