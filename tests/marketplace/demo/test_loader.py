import json
import shutil

import pytest

from marketplace.demo.loader import DATA_DIR, DemoDataError, load


@pytest.fixture
def data(tmp_path):
    """A copy of the shipped data files, to break one at a time."""
    for path in DATA_DIR.glob("*.json"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def rewrite(directory, name, change) -> None:
    path = directory / name
    content = json.loads(path.read_text())
    change(content)
    path.write_text(json.dumps(content))


def test_the_shipped_files_load():
    content = load()

    assert len(content.housing_providers) == 8
    assert len(content.suppliers) == 15
    assert len(content.challenges) == 42
    assert len(content.solutions) == 84
    assert len(content.pilots["pairings"]) == 13
    assert content.cohorts["open"]["paying_supplier"] == "DampSense Ltd"


def test_a_missing_key_names_the_file_and_the_entry(data):
    rewrite(data, "catalogue.json", lambda c: c["challenges"][1].pop("summary"))

    with pytest.raises(DemoDataError) as refused:
        load(data)

    assert str(refused.value) == (
        "catalogue.json: challenges[1] "
        '("Meeting Awaab\'s Law timescales for damp and mould reports"): missing summary.'
    )


def test_an_unexpected_key_is_refused(data):
    rewrite(data, "sector.json", lambda c: c["suppliers"][0].update(employes=3))

    with pytest.raises(DemoDataError) as refused:
        load(data)

    assert str(refused.value) == (
        "sector.json: suppliers[0] ('DampSense Ltd'): unexpected employes."
    )


def test_a_value_of_the_wrong_type_is_refused(data):
    rewrite(data, "catalogue.json", lambda c: c["solutions"][0].update(dpia_available="yes"))

    with pytest.raises(DemoDataError) as refused:
        load(data)

    assert str(refused.value) == (
        "catalogue.json: solutions[0] ('DampSense Home Sensor') → dpia_available "
        "should be bool, not str."
    )


def test_a_constraint_an_entry_does_not_state_takes_its_default(data):
    rewrite(data, "catalogue.json", lambda c: c["solutions"][0].pop("needs_resident_wifi"))

    solution = load(data).solutions[0]

    assert (solution["needs_resident_wifi"], solution["works_offline"]) == (None, False)
    assert solution["languages"] == ""


def test_the_shipped_entries_state_what_their_texts_say():
    content = load()
    by_title = {row["title"]: row for row in content.challenges}
    by_name = {row["name"]: row for row in content.solutions}

    damp = by_title["Spotting condensation risk in 1960s cross-wall homes before mould appears"]
    assert (damp["housing_system"], damp["no_resident_wifi"]) == ("nec-housing", True)
    assert by_name["DampSense Home Sensor"]["needs_resident_wifi"] is False
    assert by_name["SafeDoor Inspect App"]["works_offline"] is True
    assert by_name["Fabric First PAS 2035 Assessment"]["pricing_model"] == "one_off_per_home"


def test_a_stated_constraint_of_the_wrong_type_is_refused(data):
    rewrite(data, "catalogue.json", lambda c: c["solutions"][0].update(works_offline="yes"))

    with pytest.raises(DemoDataError) as refused:
        load(data)

    assert str(refused.value) == (
        "catalogue.json: solutions[0] ('DampSense Home Sensor') → works_offline "
        "should be bool, not str."
    )


def test_a_malformed_date_is_refused(data):
    rewrite(data, "cohorts.json", lambda c: c["open"].update(opens_on="2 Nov 2026"))

    with pytest.raises(DemoDataError) as refused:
        load(data)

    assert str(refused.value) == ("cohorts.json: open → opens_on should be a date (YYYY-MM-DD).")


def test_a_solution_of_an_organisation_not_in_the_sector_is_refused(data):
    rewrite(data, "catalogue.json", lambda c: c["solutions"][0].update(organisation="Nobody Ltd"))

    with pytest.raises(DemoDataError) as refused:
        load(data)

    assert str(refused.value) == (
        "catalogue.json: 'DampSense Home Sensor': organisation 'Nobody Ltd' is not a "
        "supplier in sector.json."
    )


def test_a_pairing_with_an_unknown_solution_is_refused(data):
    rewrite(data, "pilots.json", lambda c: c["pairings"][0].update(solution="No Such Thing"))

    with pytest.raises(DemoDataError) as refused:
        load(data)

    assert str(refused.value) == (
        "pilots.json: pairings[0] ('Spotting condensation risk in 1960s cross-wall homes "
        "before mould appears'): solution 'No Such Thing' is not in catalogue.json."
    )


def test_a_file_that_is_not_json_is_refused(data):
    (data / "cohorts.json").write_text("{not json")

    with pytest.raises(DemoDataError, match=r"^cohorts\.json: not valid JSON"):
        load(data)
