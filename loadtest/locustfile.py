"""Housing-provider staff opening their challenges' matches, as page and as API, without pause.

Each simulated client is its own load user, signed in (`manage.py seed_load` writes their
sessions to the plan in $LOAD_PLAN), and asks for matches back to back: the closed loop
measures what the server can do, not how fast people click.
"""

import itertools
import json
import os
import random
from pathlib import Path

from locust import HttpUser, task

PLAN = json.loads(Path(os.environ["LOAD_PLAN"]).read_text())
_next_user = itertools.count()


class ProviderUser(HttpUser):
    wait_time = staticmethod(lambda: 0)

    def on_start(self) -> None:
        person = PLAN["users"][next(_next_user) % len(PLAN["users"])]
        self.challenges = person["challenge_ids"]
        self.client.cookies.set("sessionid", person["session_key"])

    @task(3)
    def match_api(self) -> None:
        challenge = random.choice(self.challenges)  # noqa: S311 - not for secrets
        self.client.get(f"/api/v1/challenges/{challenge}/matches/", name="match API")

    @task(1)
    def match_page(self) -> None:
        challenge = random.choice(self.challenges)  # noqa: S311 - not for secrets
        self.client.get(f"/challenges/{challenge}/matches/", name="match page")
