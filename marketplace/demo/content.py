"""The demo's content, loaded and checked once from data/ (see loader)."""

from marketplace.demo.loader import load

CONTENT = load()

DEMO_PASSWORD = CONTENT.password
DEMO_STAFF_TOTP_SECRET = CONTENT.staff_totp_secret
HOUSING_PROVIDERS = CONTENT.housing_providers
SUPPLIERS = CONTENT.suppliers
CHALLENGES = CONTENT.challenges
SOLUTIONS = CONTENT.solutions
MATCHING_COHORT_NAME = CONTENT.cohorts["matching"]["name"]
OPEN_COHORT_NAME = CONTENT.cohorts["open"]["name"]
