"""The readiness check matchmaking adds to /readyz (registered in MatchmakingConfig.ready)."""

from matching import api


def check_index_files() -> dict:
    """This process can read the current index of each kind, and which version it serves."""
    served = {}
    for kind in api.KINDS:
        try:
            served[kind] = api.served_version(kind)
        except api.IndexUnavailable:
            return {"ok": False, "error": f"the {kind} index files are unreadable"}
    return {"ok": True, "served_versions": served}
