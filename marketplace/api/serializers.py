from rest_framework import serializers

from marketplace.api import strict
from marketplace.api.fields import SlugRelatedField
from marketplace.catalogue.models import Region, Theme
from marketplace.organisations.models import (
    Invitation,
    Membership,
    Organisation,
    OrganisationKind,
    Role,
)
from marketplace.organisations.services import PROFILE_FIELDS


class ThemeSerializer(strict.ModelSerializer):
    class Meta:
        model = Theme
        fields = ["slug", "name", "description"]


class RegionSerializer(strict.ModelSerializer):
    class Meta:
        model = Region
        fields = ["code", "name"]


class OrganisationSerializer(strict.ModelSerializer):
    regions = SlugRelatedField(
        slug_field="code", many=True, queryset=Region.objects.all(), required=False
    )

    class Meta:
        model = Organisation
        fields = ["slug", "kind", *PROFILE_FIELDS, "is_verified", "created_at"]
        read_only_fields = ["slug", "is_verified", "created_at"]
        # Uniqueness and formats are checked by the model's clean(), with clearer messages.
        validators: list = []


class OrganisationCreateSerializer(OrganisationSerializer):
    kind = serializers.ChoiceField(
        choices=[OrganisationKind.HOUSING_PROVIDER, OrganisationKind.SUPPLIER]
    )


class OrganisationUpdateSerializer(OrganisationSerializer):
    class Meta(OrganisationSerializer.Meta):
        read_only_fields = ["slug", "kind", "is_verified", "created_at"]


class MemberSerializer(strict.ModelSerializer):
    email = serializers.EmailField(source="user.email", read_only=True)
    full_name = serializers.CharField(source="user.full_name", read_only=True)

    class Meta:
        model = Membership
        fields = ["id", "email", "full_name", "role", "created_at"]


class MyMembershipSerializer(strict.ModelSerializer):
    organisation = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    organisation_name = serializers.CharField(source="organisation.name", read_only=True)
    organisation_kind = serializers.CharField(source="organisation.kind", read_only=True)

    class Meta:
        model = Membership
        fields = ["organisation", "organisation_name", "organisation_kind", "role"]


class MeSerializer(strict.Serializer):
    email = serializers.EmailField()
    full_name = serializers.CharField()
    is_staff = serializers.BooleanField()
    memberships = MyMembershipSerializer(many=True)


class InvitationCreateSerializer(strict.Serializer):
    email = serializers.EmailField()
    role = serializers.ChoiceField(choices=Role.choices, default=Role.MEMBER)


class InvitationSerializer(strict.ModelSerializer):
    class Meta:
        model = Invitation
        fields = ["id", "email", "role", "created_at", "expires_at"]


class InvitationAcceptSerializer(strict.Serializer):
    token = serializers.CharField(max_length=2000)
