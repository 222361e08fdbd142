import re

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from marketplace.api import strict
from marketplace.api.catalogue_serializers import OrganisationRefSerializer
from marketplace.catalogue.models import LONG_TEXT_LIMIT, Challenge, Solution
from marketplace.catalogue.selectors import visible_entries
from marketplace.proposals.models import (
    CONTENT_FIELDS,
    ROW_FIELDS,
    BudgetLine,
    Comment,
    ExpressionOfInterest,
    InterestStatus,
    Milestone,
    PilotProposal,
    ProposalStatus,
    ProposalTransition,
    SuccessMetric,
)

REASON_LIMIT = 2_000
# More rows than any real pilot needs; keeps one request from writing thousands.
ROW_LIMIT = 50


def _enum_field(component_name: str, choices) -> type[serializers.ChoiceField]:
    """A ChoiceField documented as its own enum: every model here has a field called status."""
    schema = {"type": "string", "enum": list(choices.values)}
    field = type(f"{component_name}Field", (serializers.ChoiceField,), {})
    return extend_schema_field(schema, component_name=component_name)(field)


InterestStatusField = _enum_field("InterestStatusEnum", InterestStatus)
ProposalStatusField = _enum_field("ProposalStatusEnum", ProposalStatus)


class PersonSerializer(strict.Serializer):
    email = serializers.EmailField()
    full_name = serializers.CharField()


class EntryRefSerializer(strict.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    organisation = OrganisationRefSerializer()


# -- expressions of interest ------------------------------------------------------------------


class InterestSerializer(strict.ModelSerializer):
    challenge = EntryRefSerializer(read_only=True)
    solution = EntryRefSerializer(read_only=True)
    from_organisation = OrganisationRefSerializer(read_only=True)
    to_organisation = OrganisationRefSerializer(read_only=True)
    created_by = PersonSerializer(read_only=True)
    status = InterestStatusField(choices=InterestStatus.choices, read_only=True)

    class Meta:
        model = ExpressionOfInterest
        fields = [
            "id",
            "challenge",
            "solution",
            "direction",
            "from_organisation",
            "to_organisation",
            "pitch",
            "status",
            "answer_reason",
            "created_by",
            "created_at",
            "answered_at",
        ]
        read_only_fields = fields


class InterestFilterSerializer(strict.Serializer):
    status = InterestStatusField(choices=InterestStatus.choices, required=False)
    box = serializers.ChoiceField(choices=["received", "sent"], required=False)
    organisation = serializers.SlugField(
        required=False, help_text="With `box`: the organisation you act for; else your first."
    )


class InterestCreateSerializer(strict.Serializer):
    """Whether it is an expression of interest or an invitation follows from your membership."""

    challenge = serializers.PrimaryKeyRelatedField(queryset=Challenge.objects.none())
    solution = serializers.PrimaryKeyRelatedField(queryset=Solution.objects.none())
    pitch = serializers.CharField(max_length=2_000)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        user = self.context.get("user")
        if user is not None:
            # Entries the user cannot see answer as if they did not exist.
            self.fields["challenge"].queryset = visible_entries(Challenge, user=user)
            self.fields["solution"].queryset = visible_entries(Solution, user=user)


class AnswerSerializer(strict.Serializer):
    reason = serializers.CharField(
        max_length=REASON_LIMIT, required=False, allow_blank=True, default=""
    )


# -- proposals --------------------------------------------------------------------------------


class MetricSerializer(strict.ModelSerializer):
    class Meta:
        model = SuccessMetric
        fields = ["id", *ROW_FIELDS["metrics"], "outcome"]
        read_only_fields = ["id", "outcome"]


class MilestoneSerializer(strict.ModelSerializer):
    class Meta:
        model = Milestone
        fields = ["id", *ROW_FIELDS["milestones"]]
        read_only_fields = ["id"]


class BudgetLineSerializer(strict.ModelSerializer):
    class Meta:
        model = BudgetLine
        fields = ["id", *ROW_FIELDS["budget_lines"]]
        read_only_fields = ["id"]


class TransitionSerializer(strict.ModelSerializer):
    actor = PersonSerializer(read_only=True)
    from_status = serializers.CharField(read_only=True, help_text="Empty for the first entry.")
    to_status = ProposalStatusField(choices=ProposalStatus.choices, read_only=True)

    class Meta:
        model = ProposalTransition
        fields = ["from_status", "to_status", "actor", "reason", "at"]
        read_only_fields = fields


class SignOffSerializer(strict.Serializer):
    by = PersonSerializer(allow_null=True)
    at = serializers.DateTimeField(allow_null=True)


class SignOffsSerializer(strict.Serializer):
    provider = SignOffSerializer()
    supplier = SignOffSerializer()


class PairedEntrySerializer(strict.Serializer):
    """The owner is already there as the proposal's provider or supplier."""

    id = serializers.IntegerField()
    title = serializers.CharField()


class ProposalSummarySerializer(strict.ModelSerializer):
    challenge = PairedEntrySerializer(read_only=True)
    solution = PairedEntrySerializer(read_only=True)
    provider = OrganisationRefSerializer(read_only=True)
    supplier = OrganisationRefSerializer(read_only=True)
    status = ProposalStatusField(choices=ProposalStatus.choices, read_only=True)

    class Meta:
        model = PilotProposal
        fields = [
            "id",
            "interest",
            "title",
            "status",
            "version",
            "challenge",
            "solution",
            "provider",
            "supplier",
            "created_at",
            "updated_at",
            "submitted_at",
            "decided_at",
        ]
        read_only_fields = fields


class ProposalSerializer(ProposalSummarySerializer):
    metrics = MetricSerializer(many=True, read_only=True)
    milestones = MilestoneSerializer(many=True, read_only=True)
    budget_lines = BudgetLineSerializer(many=True, read_only=True)
    sign_offs = serializers.SerializerMethodField()
    transitions = TransitionSerializer(many=True, read_only=True)

    class Meta(ProposalSummarySerializer.Meta):
        fields = [
            *ProposalSummarySerializer.Meta.fields,
            *CONTENT_FIELDS,
            "metrics",
            "milestones",
            "budget_lines",
            "sign_offs",
            "decision_reason",
            "outcome_summary",
            "abandoned_reason",
            "transitions",
        ]
        read_only_fields = fields

    @extend_schema_field(SignOffsSerializer)
    def get_sign_offs(self, proposal: PilotProposal) -> dict:
        sides = {
            side: {
                "by": getattr(proposal, f"{side}_signed_off_by"),
                "at": getattr(proposal, f"{side}_signed_off_at"),
            }
            for side in ("provider", "supplier")
        }
        return {side: SignOffSerializer(value).data for side, value in sides.items()}


class ProposalFilterSerializer(strict.Serializer):
    status = ProposalStatusField(choices=ProposalStatus.choices, required=False)


class ProposalUpdateSerializer(strict.ModelSerializer):
    """Send `version` as read, and any of the content fields; a row list replaces all its rows."""

    version = serializers.IntegerField(min_value=1)
    metrics = MetricSerializer(many=True, required=False, max_length=ROW_LIMIT)
    milestones = MilestoneSerializer(many=True, required=False, max_length=ROW_LIMIT)
    budget_lines = BudgetLineSerializer(many=True, required=False, max_length=ROW_LIMIT)

    class Meta:
        model = PilotProposal
        fields = ["version", *CONTENT_FIELDS, "metrics", "milestones", "budget_lines"]
        extra_kwargs = {name: {"required": False} for name in CONTENT_FIELDS}


class VersionSerializer(strict.Serializer):
    version = serializers.IntegerField(min_value=1)


class ReviewSerializer(strict.Serializer):
    """Without `version` the decision applies to whatever is under review."""

    reason = serializers.CharField(max_length=REASON_LIMIT)
    version = serializers.IntegerField(min_value=1, required=False)


class ApproveSerializer(ReviewSerializer):
    reason = serializers.CharField(
        max_length=REASON_LIMIT, required=False, allow_blank=True, default=""
    )


class ReasonRequiredSerializer(strict.Serializer):
    reason = serializers.CharField(max_length=REASON_LIMIT)


METRIC_ID = re.compile(r"[0-9]{1,18}")


class OutcomesField(serializers.DictField):
    """{metric id: result}; JSON keys are strings, the service wants ids."""

    child = serializers.CharField(max_length=120, allow_blank=True)

    def to_internal_value(self, data):
        values = super().to_internal_value(data)
        bad = {key: ["Not a metric id."] for key in values if not METRIC_ID.fullmatch(str(key))}
        if bad:
            raise serializers.ValidationError(bad)
        return {int(key): value for key, value in values.items()}


class CompleteSerializer(strict.Serializer):
    outcomes = OutcomesField(help_text="The result for each success metric, by metric id.")
    summary = serializers.CharField(max_length=LONG_TEXT_LIMIT)


# -- comments ---------------------------------------------------------------------------------


class CommentSerializer(strict.ModelSerializer):
    author = PersonSerializer(read_only=True)
    mentions = PersonSerializer(many=True, read_only=True)

    class Meta:
        model = Comment
        fields = ["id", "author", "body", "mentions", "created_at"]
        read_only_fields = fields


class CommentCreateSerializer(strict.Serializer):
    body = serializers.CharField(max_length=5_000)
