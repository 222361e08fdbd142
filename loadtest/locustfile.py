"""Housing-provider staff opening their challenges' matches, as page and as API, without pause.

Each simulated client is its own load user, signed in (`manage.py seed_load` writes their
sessions to the plan in $LOAD_PLAN), and asks for matches back to back: the closed loop
measures what the server can do, not how fast people click. Untagged, a client asks for the
API three times to each page; `--tags api` or `--tags page` runs one endpoint alone.
"""

import itertools
import json
import os
import random
from pathlib import Path

from locust import FastHttpUser, tag, task

PLAN = json.loads(Path(os.environ["LOAD_PLAN"]).read_text())
_next_user = itertools.count()
# Every load challenge has at least this many published solutions to rank.
MATCHES = 20


# FastHttpUser: the load generator shares the server's two cores, and python-requests
# spends several times more of them per request than geventhttpclient.
class ProviderUser(FastHttpUser):
    wait_time = staticmethod(lambda: 0)

    def on_start(self) -> None:
        person = PLAN["users"][next(_next_user) % len(PLAN["users"])]
        self.challenges = person["challenge_ids"]
        self.signed_in = {"Cookie": f"sessionid={person['session_key']}"}

    @tag("api")
    @task(3)
    def match_api(self) -> None:
        challenge = random.choice(self.challenges)  # noqa: S311 - not for secrets
        url = f"/api/v1/challenges/{challenge}/matches/"
        with self._get(url, "match API") as response:
            if _answered(response) and len(response.json()) != MATCHES:
                response.failure(f"expected {MATCHES} matches")

    @tag("page")
    @task(1)
    def match_page(self) -> None:
        challenge = random.choice(self.challenges)  # noqa: S311 - not for secrets
        with self._get(f"/challenges/{challenge}/matches/", "match page") as response:
            if _answered(response) and b'class="match-card' not in response.content:
                response.failure("no match cards on the page")

    def _get(self, url: str, name: str):
        # No redirects: a sign-in page served instead of the matches would count as success.
        return self.client.get(
            url, name=name, headers=self.signed_in, allow_redirects=False, catch_response=True
        )


def _answered(response) -> bool:
    if response.status_code != 200:
        response.failure(f"HTTP {response.status_code}")
        return False
    return True
