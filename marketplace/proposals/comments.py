"""Comment threads on interests and proposals, with @mentions of the people in them."""

import re
from collections import Counter

from django.core.exceptions import ValidationError
from django.db import transaction

from marketplace.core.errors import NotAllowed
from marketplace.core.validators import full_clean
from marketplace.proposals import notices
from marketplace.proposals.models import Comment, ExpressionOfInterest, PilotProposal
from marketplace.proposals.selectors import participants_of

# @handle: the part of someone's e-mail address before the @, or the whole address when two
# people in the thread share that part (admin@tyne.example and admin@dampsense.example).
MENTION = re.compile(r"(?<![\w.])@([\w.+-]+(?:@[\w-]+(?:\.[\w-]+)+)?)")


def handles_of(people) -> dict[str, object]:
    """Each person's handle in a thread, unambiguous among the people in it."""
    local_parts = Counter(p.email.split("@", 1)[0].lower() for p in people)
    handles = {}
    for person in people:
        local = person.email.split("@", 1)[0].lower()
        handles[local if local_parts[local] == 1 else person.email.lower()] = person
    return handles


@transaction.atomic
def comment_add(
    *,
    user,
    body: str,
    interest: ExpressionOfInterest | None = None,
    proposal: PilotProposal | None = None,
) -> Comment:
    thread = proposal or interest
    people = list(participants_of(thread))
    if not user.is_staff and user not in people:
        raise NotAllowed("Only the two organisations and programme staff may comment here.")
    comment = Comment(author=user, body=(body or "").strip(), interest=interest, proposal=proposal)
    if not comment.body:
        raise ValidationError({"body": "Write something before posting."})
    full_clean(comment, exclude=["author", "interest", "proposal"])
    comment.save()
    written = {h.lower().rstrip(".") for h in MENTION.findall(comment.body)}
    comment.mentions.set([p for h, p in handles_of(people).items() if h in written])
    notices.comment_posted(comment, people)
    return comment
