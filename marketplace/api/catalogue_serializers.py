import functools

from rest_framework import serializers

from marketplace.accounts.models import User
from marketplace.api import strict
from marketplace.api.fields import SlugRelatedField
from marketplace.catalogue.models import (
    MAX_THEMES,
    Certification,
    Challenge,
    Region,
    Solution,
    Theme,
    Verdict,
)
from marketplace.catalogue.services import editable_fields, review_notice


class OrganisationRefSerializer(strict.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()
    kind = serializers.CharField()


# Set by the lifecycle services, never by the client.
LIFECYCLE_FIELDS = [
    "status",
    "rejection_reason",
    "created_at",
    "updated_at",
    "submitted_at",
    "published_at",
]


def entry_fields(model) -> list[str]:
    return ["id", "organisation", *editable_fields(model), *LIFECYCLE_FIELDS, "review_notice"]


class EntrySerializer(strict.ModelSerializer):
    """What challenges and solutions share: owner, taxonomy and the theme limit."""

    organisation = OrganisationRefSerializer(read_only=True)
    themes = SlugRelatedField(
        slug_field="slug", many=True, queryset=Theme.objects.filter(is_active=True), required=False
    )
    regions = SlugRelatedField(
        slug_field="code", many=True, queryset=Region.objects.all(), required=False
    )
    review_notice = serializers.SerializerMethodField(
        help_text="Set when an edit to published text sent the entry back to programme staff "
        "for review; empty otherwise."
    )

    def get_review_notice(self, entry) -> str:
        return review_notice(entry)

    def validate(self, attrs: dict) -> dict:
        themes = attrs.get("themes")
        if themes is not None and len(themes) > MAX_THEMES:
            raise serializers.ValidationError({"themes": f"Choose at most {MAX_THEMES} themes."})
        return attrs


class ChallengeSerializer(EntrySerializer):
    contact = SlugRelatedField(
        slug_field="email", queryset=User.objects.none(), required=False, allow_null=True
    )

    class Meta:
        model = Challenge
        fields = entry_fields(Challenge)
        read_only_fields = LIFECYCLE_FIELDS

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        organisation = self.context.get("organisation")
        if organisation is not None:
            # Only the organisation's own members can be named as its contact.
            self.fields["contact"].queryset = User.objects.filter(
                memberships__organisation=organisation
            )


class SolutionSerializer(EntrySerializer):
    price_label = serializers.CharField(
        read_only=True,
        help_text="The indicative price in words, e.g. '£28 per home per year'.",
    )
    certifications = serializers.ListField(
        child=serializers.ChoiceField(choices=Certification.choices), required=False
    )
    evidence_links = serializers.ListField(
        child=serializers.URLField(max_length=500), required=False, max_length=10
    )

    class Meta:
        model = Solution
        fields = [*entry_fields(Solution), "price_label"]
        read_only_fields = LIFECYCLE_FIELDS


@functools.cache
def create_serializer_for(serializer_class: type) -> type:
    """The create body: the entry's fields plus the slug of the organisation posting it."""
    organisation = serializers.SlugField(
        write_only=True, help_text="Slug of the organisation you are posting for."
    )
    name = serializer_class.__name__.replace("Serializer", "CreateSerializer")
    return type(name, (serializer_class,), {"organisation": organisation})


class RejectSerializer(strict.Serializer):
    reason = serializers.CharField(max_length=2000)


class SentencePairSerializer(strict.Serializer):
    query_sentence = serializers.CharField(help_text="From the entry you asked about")
    match_sentence = serializers.CharField(help_text="From the matched entry")
    similarity = serializers.FloatField()


class ComponentsSerializer(strict.Serializer):
    dense = serializers.FloatField(help_text="Best passage-pair similarity, 0-1")
    lead = serializers.FloatField(help_text="Similarity of the opening passages, 0-1")
    lexical = serializers.FloatField(help_text="BM25 word overlap, 0-1")
    structured = serializers.FloatField(
        allow_null=True, help_text="Themes, regions, budget and maturity fit, 0-1"
    )


class RegionNamesField(serializers.ListField):
    """ITL1 codes written as the regions' names, from the context's "region_names"."""

    child = serializers.CharField()

    def to_representation(self, data) -> list[str]:
        names = self.context.get("region_names", {})
        return [str(names.get(code, code)) for code in data]


class ReasonSerializer(strict.Serializer):
    shared_themes = serializers.ListField(child=serializers.CharField())
    shared_regions = serializers.ListField(
        child=serializers.CharField(), help_text="ITL1 codes of the regions both serve"
    )
    shared_region_names = RegionNamesField(
        source="shared_regions", help_text="The same regions by name, to show people"
    )
    sentence_pairs = SentencePairSerializer(many=True)
    fit_notes = serializers.ListField(
        child=serializers.CharField(),
        help_text="Facts of the pair in words; a budget note carries its sum",
    )
    breaches = serializers.ListField(
        child=serializers.CharField(),
        help_text="The challenge's stated hard constraints that the solution breaks",
    )


class MatchedEntrySerializer(strict.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    summary = serializers.CharField()
    organisation = OrganisationRefSerializer()


class MatchSerializer(strict.Serializer):
    """One ranked match. The fields describe it (schema, docs); to_representation writes it.

    DRF's field-by-field walk took longer than the rest of a match request together, so
    the same JSON is written directly; tests/api/test_catalogue_api.py holds the two equal.
    Give the regions' names by code in the context's "region_names".
    """

    entry = MatchedEntrySerializer()
    score = serializers.FloatField(source="match.score")
    feedback_nudge = serializers.FloatField(source="match.nudge")
    components = ComponentsSerializer(source="match.components")
    reasons = ReasonSerializer(source="match.reason")
    verdict = serializers.CharField(allow_null=True)

    def to_representation(self, instance) -> dict:
        entry, match = instance.entry, instance.match
        organisation, parts, reason = entry.organisation, match.components, match.reason
        names = self.context.get("region_names", {})
        return {
            "entry": {
                "id": entry.pk,
                "title": str(entry.title),
                "summary": str(entry.summary),
                "organisation": {
                    "slug": str(organisation.slug),
                    "name": str(organisation.name),
                    "kind": str(organisation.kind),
                },
            },
            "score": float(match.score),
            # How far the organisation's own verdicts moved it in this ranking; not in score.
            "feedback_nudge": float(match.nudge),
            "components": {
                "dense": float(parts.dense),
                "lead": float(parts.lead),
                "lexical": float(parts.lexical),
                "structured": None if parts.structured is None else float(parts.structured),
            },
            "reasons": {
                "shared_themes": [str(slug) for slug in reason.shared_themes],
                "shared_regions": [str(code) for code in reason.shared_regions],
                "shared_region_names": [
                    str(names.get(code, code)) for code in reason.shared_regions
                ],
                "sentence_pairs": [
                    {
                        "query_sentence": str(pair.query_sentence),
                        "match_sentence": str(pair.match_sentence),
                        "similarity": float(pair.similarity),
                    }
                    for pair in reason.sentence_pairs
                ],
                "fit_notes": [str(note) for note in reason.fit_notes],
                "breaches": [str(breach) for breach in reason.breaches],
            },
            "verdict": None if instance.verdict is None else str(instance.verdict),
        }


class FeedbackSerializer(strict.Serializer):
    verdict = serializers.ChoiceField(choices=Verdict.choices)
    reason = serializers.CharField(max_length=500, required=False, allow_blank=True)
