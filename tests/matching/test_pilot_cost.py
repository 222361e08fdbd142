"""A pilot's cost from its scope, and the budget notes that say so with their sums. No database."""

import pytest

from matching.contracts import Facts, PilotCost, pilot_years
from matching.explain import budget_note, fit_notes

BUDGET = 9_000_000  # £90,000


def challenge(**fields) -> Facts:
    return Facts(side="challenge", **{"budget_max_pence": BUDGET, "pilot_weeks": 26, **fields})


def priced(pence: int, model: str | None) -> Facts:
    return Facts(side="solution", price_pence=pence, pricing_model=model)


@pytest.mark.parametrize(
    ("weeks", "years"), [(None, 1), (1, 1), (26, 1), (52, 1), (53, 2), (104, 2), (130, 3)]
)
def test_a_pilot_runs_whole_years_rounded_up_and_at_least_one(weeks, years):
    assert pilot_years(weeks) == years


@pytest.mark.parametrize(
    ("model", "pence", "scope", "note"),
    [
        ("per_home_per_year", 2_800, {"pilot_homes": 150},
         "Pilot cost: £28 × 150 homes × 1 year = £4,200, within the £90,000 budget"),
        ("per_home_per_year", 35_000, {"pilot_homes": 150, "pilot_weeks": 60},
         "Pilot cost: £350 × 150 homes × 2 years = £105,000, over the £90,000 budget"),
        ("one_off_per_home", 35_000, {"pilot_homes": 150},
         "Pilot cost: £350 × 150 homes = £52,500, within the £90,000 budget"),
        ("one_off_per_home", 35_000, {"pilot_homes": 300},
         "Pilot cost: £350 × 300 homes = £105,000, over the £90,000 budget"),
        ("licence", 1_200_000, {},
         "Pilot cost: £12,000 × 1 year = £12,000, within the £90,000 budget"),
        ("licence", 5_000_000, {"pilot_weeks": 78},
         "Pilot cost: £50,000 × 2 years = £100,000, over the £90,000 budget"),
        ("one_off", 950_000, {}, "Pilot cost: £9,500 one-off, within the £90,000 budget"),
        ("one_off", 9_500_050, {}, "Pilot cost: £95,000.50 one-off, over the £90,000 budget"),
    ],
)  # fmt: skip
def test_each_price_model_is_costed_over_the_pilots_scope(model, pence, scope, note):
    assert budget_note(challenge(**scope), priced(pence, model)) == note


@pytest.mark.parametrize("model", ["per_home_per_year", "one_off_per_home"])
def test_a_per_home_price_without_the_pilots_homes_claims_nothing(model):
    # 1,900 homes have the problem, but the pilot's size is not given.
    scope = challenge(homes=1_900)

    assert budget_note(scope, priced(2_800, model)) == (
        "Per-home price: add homes in the pilot to check the budget"
    )
    assert priced(2_800, model).pilot_cost(scope) is None
    assert priced(2_800, model).pilot_cost_pence(scope) is None


@pytest.mark.parametrize("model", ["other", None])
def test_other_pricing_makes_no_budget_claim(model):
    scope = challenge(pilot_homes=150)

    assert budget_note(scope, priced(35_000, model)) is None
    assert fit_notes(scope, priced(35_000, model)) == ()
    assert priced(35_000, model).pilot_cost_pence(scope) is None


def test_no_budget_or_no_price_makes_no_budget_claim():
    assert budget_note(challenge(budget_max_pence=None), priced(950_000, "one_off")) is None
    assert budget_note(challenge(), Facts(side="solution", pricing_model="one_off")) is None


def test_the_cost_keeps_the_figures_it_was_worked_from():
    cost = priced(2_800, "per_home_per_year").pilot_cost(challenge(pilot_homes=150))

    assert cost == PilotCost(pence=420_000, price_pence=2_800, homes=150, years=1)


def test_the_cost_is_in_pence_for_the_ranking():
    scope = challenge(pilot_homes=150, pilot_weeks=60)

    assert priced(2_800, "per_home_per_year").pilot_cost_pence(scope) == 840_000
    assert priced(1_200_000, "licence").pilot_cost_pence(scope) == 2_400_000
    assert priced(950_000, "one_off").pilot_cost_pence(scope) == 950_000


def test_the_budget_note_is_the_same_whichever_side_asks():
    scope, sensor = challenge(pilot_homes=150), priced(2_800, "per_home_per_year")

    assert fit_notes(scope, sensor) == fit_notes(sensor, scope)


def test_new_facts_survive_their_stored_form():
    facts = Facts(side="challenge", pilot_homes=150, pilot_weeks=26, needs=frozenset({"wifi:none"}))

    assert Facts.from_json(facts.to_json()) == facts
    assert Facts.from_json({"side": "challenge", "homes": 10}).pilot_homes is None
