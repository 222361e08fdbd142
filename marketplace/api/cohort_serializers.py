from django.utils.text import slugify
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from marketplace.api import strict
from marketplace.api.catalogue_serializers import OrganisationRefSerializer
from marketplace.api.fields import SlugRelatedField
from marketplace.api.proposal_serializers import EntryRefSerializer, PersonSerializer, _enum_field
from marketplace.catalogue.models import (
    LONG_TEXT_LIMIT,
    Challenge,
    Solution,
    Status,
    Theme,
    Verdict,
)
from marketplace.cohorts.insight import MAX_CLUSTERS
from marketplace.cohorts.models import (
    COHORT_FIELDS,
    Cohort,
    CohortChallenge,
    CohortSupplier,
    EntryStatus,
    Pairing,
    PairingState,
    Stage,
)
from marketplace.organisations.models import Organisation, OrganisationKind
from marketplace.proposals.models import ProposalStatus

# A pairing the matcher scored and nobody picked has no state; the API calls it "scored".
SCORED = "scored"
PAIRING_STATES = [SCORED, *PairingState.values]
# Ids are 64-bit; a bigger number is bad input, not a database error.
MAX_ID = 2**63 - 1
# Enough for a whole cluster of a 10,000-challenge catalogue in one request.
MAX_SEEDED_CHALLENGES = 10_000

CohortStageField = _enum_field("CohortStageEnum", Stage)
CohortEntryStatusField = _enum_field("CohortEntryStatusEnum", EntryStatus)
ProposalStageField = _enum_field("ProposalStageEnum", ProposalStatus)


@extend_schema_field({"type": "string", "enum": PAIRING_STATES}, component_name="PairingStateEnum")
class PairingStateField(serializers.ChoiceField):
    def __init__(self, **kwargs) -> None:
        super().__init__(choices=PAIRING_STATES, **kwargs)

    def to_representation(self, value: str) -> str:
        return value or SCORED

    def to_internal_value(self, data) -> str:
        value = super().to_internal_value(data)
        return "" if value == SCORED else value


# -- cohorts ----------------------------------------------------------------------------------


class CohortSerializer(strict.ModelSerializer):
    """Counts are of challenges and suppliers taking part, and of every scored pairing."""

    themes = SlugRelatedField(
        slug_field="slug", many=True, queryset=Theme.objects.filter(is_active=True), required=False
    )
    stage = CohortStageField(choices=Stage.choices, required=False)
    min_pairing_score = serializers.FloatField(min_value=0, max_value=1, required=False)
    created_by = PersonSerializer(read_only=True)
    challenge_count = serializers.IntegerField(read_only=True)
    supplier_count = serializers.IntegerField(read_only=True)
    pairing_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Cohort
        fields = [
            "slug",
            *COHORT_FIELDS,
            "themes",
            "currency",
            "created_by",
            "created_at",
            "scores_computed_at",
            "challenge_count",
            "supplier_count",
            "pairing_count",
        ]
        read_only_fields = ["slug", "currency", "created_at", "scores_computed_at"]
        extra_kwargs = {"description": {"max_length": LONG_TEXT_LIMIT}}

    def validate_name(self, name: str) -> str:
        # The address is made from the name when the cohort is created, and never changes.
        if self.instance is None:
            slug = slugify(name)[:160]
            if not slug:
                raise serializers.ValidationError("Use some letters or numbers in the name.")
            if Cohort.objects.filter(slug=slug).exists():
                raise serializers.ValidationError(
                    f"A cohort called “{name}” already exists: choose another name."
                )
        return name


# -- who takes part ---------------------------------------------------------------------------


class CohortChallengeSerializer(strict.ModelSerializer):
    challenge = EntryRefSerializer(read_only=True)
    status = CohortEntryStatusField(choices=EntryStatus.choices, read_only=True)

    class Meta:
        model = CohortChallenge
        fields = ["challenge", "status", "added_at"]
        read_only_fields = fields


class CohortChallengeAddSerializer(strict.Serializer):
    challenge = serializers.PrimaryKeyRelatedField(
        queryset=Challenge.objects.filter(status=Status.PUBLISHED).select_related("organisation"),
        pk_field=serializers.IntegerField(max_value=MAX_ID),
        error_messages={"does_not_exist": "No published challenge has id {pk_value}."},
    )


class CohortSupplierSerializer(strict.ModelSerializer):
    organisation = OrganisationRefSerializer(read_only=True)
    status = CohortEntryStatusField(choices=EntryStatus.choices, read_only=True)

    class Meta:
        model = CohortSupplier
        fields = ["organisation", "status", "added_at"]
        read_only_fields = fields


class CohortSupplierInviteSerializer(strict.Serializer):
    organisation = SlugRelatedField(
        slug_field="slug",
        queryset=Organisation.objects.filter(kind=OrganisationKind.SUPPLIER),
        error_messages={"does_not_exist": "No supplier has the slug {value}."},
        help_text="The supplier's slug.",
    )


# -- pairings ---------------------------------------------------------------------------------


class PairingSerializer(strict.ModelSerializer):
    challenge = EntryRefSerializer(read_only=True)
    solution = EntryRefSerializer(read_only=True)
    state = PairingStateField(read_only=True)
    decided_by = PersonSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Pairing
        fields = ["id", "challenge", "solution", "score", "state", "interest", "decided_by"]
        read_only_fields = fields


class PairingFilterSerializer(strict.Serializer):
    state = PairingStateField(required=False, help_text="`scored`: scored, not picked.")


class PairingAddSerializer(strict.Serializer):
    """Both must be taking part in the cohort; the pairing is added pinned."""

    challenge = serializers.PrimaryKeyRelatedField(
        queryset=Challenge.objects.none(),
        pk_field=serializers.IntegerField(max_value=MAX_ID),
        error_messages={"does_not_exist": "Challenge {pk_value} is not taking part."},
    )
    solution = serializers.PrimaryKeyRelatedField(
        queryset=Solution.objects.none(),
        pk_field=serializers.IntegerField(max_value=MAX_ID),
        error_messages={"does_not_exist": "Solution {pk_value} is not taking part."},
    )

    def __init__(self, *args, challenges=None, solutions=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if challenges is not None:
            self.fields["challenge"].queryset = challenges
            self.fields["solution"].queryset = solutions


class ScoreRunSerializer(strict.Serializer):
    scored = serializers.IntegerField(help_text="Pairings that now carry a matcher score.")


class OptimiserRunSerializer(strict.Serializer):
    suggested = serializers.IntegerField(help_text="Pairings the optimiser suggests.")
    total = serializers.FloatField(help_text="Total score of every pairing it kept or chose.")


class ConfirmRunSerializer(strict.Serializer):
    confirmed = serializers.IntegerField(help_text="Pairings sent to both sides.")


# -- funnel -----------------------------------------------------------------------------------


class FunnelStepSerializer(strict.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()
    count = serializers.IntegerField()


class StageTimeSerializer(strict.Serializer):
    stage = ProposalStageField(choices=ProposalStatus.choices)
    label = serializers.CharField()
    proposals = serializers.IntegerField(help_text="Proposals that spent time in this stage.")
    median_days = serializers.FloatField(allow_null=True)
    mean_days = serializers.FloatField(allow_null=True)


class SupplierResponseSerializer(strict.Serializer):
    organisation = serializers.CharField()
    received = serializers.IntegerField()
    answered = serializers.IntegerField()
    accepted = serializers.IntegerField()
    rate = serializers.FloatField(allow_null=True, help_text="Answered over received, 0-1.")


class MatchFeedbackSummarySerializer(strict.Serializer):
    """How many pieces of match feedback carry each verdict."""

    def get_fields(self) -> dict:
        return {verdict: serializers.IntegerField() for verdict in Verdict.values}


class CohortFeesSerializer(strict.Serializer):
    """Amounts are integer pence, GBP."""

    cohort = serializers.CharField(source="cohort.slug", help_text="The cohort's slug.")
    fee_pence = serializers.IntegerField(source="cohort.fee_pence")
    places_due = serializers.IntegerField(help_text="Places accepted and waiting for their fee.")
    places_paid = serializers.IntegerField()
    paid_pence = serializers.IntegerField()
    refunded_pence = serializers.IntegerField()
    net_pence = serializers.IntegerField(help_text="Paid less refunded.")


class FunnelSerializer(strict.Serializer):
    funnel = FunnelStepSerializer(many=True)
    time_in_stage = StageTimeSerializer(many=True)
    match_feedback = MatchFeedbackSummarySerializer()
    supplier_responses = SupplierResponseSerializer(many=True)
    fees = CohortFeesSerializer(many=True, help_text="Every paid cohort's fees and refunds.")


# -- demand clusters --------------------------------------------------------------------------


class ClusterFilterSerializer(strict.Serializer):
    k = serializers.IntegerField(
        min_value=1,
        max_value=MAX_CLUSTERS,
        required=False,
        help_text="How many clusters; left out, chosen from the number of challenges.",
    )
    unmet = serializers.BooleanField(
        required=False, default=False, help_text="Only clusters no solution serves well."
    )


class ClusterSerializer(strict.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()
    top_terms = serializers.ListField(child=serializers.CharField())
    size = serializers.SerializerMethodField()
    challenges = EntryRefSerializer(many=True)
    providers = OrganisationRefSerializer(many=True)
    homes_total = serializers.IntegerField(help_text="Homes affected, over all its challenges.")
    best_solution_score = serializers.FloatField(allow_null=True)
    unmet = serializers.BooleanField()

    @extend_schema_field(serializers.IntegerField(help_text="How many challenges it holds."))
    def get_size(self, cluster) -> int:
        return len(cluster.challenges)


class ClusterCohortSerializer(strict.Serializer):
    name = serializers.CharField(max_length=160)
    challenge_ids = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=MAX_ID),
        min_length=1,
        max_length=MAX_SEEDED_CHALLENGES,
        help_text="The cluster's challenges to start the cohort with.",
    )
