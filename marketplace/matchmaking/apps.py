from django.apps import AppConfig


class MatchmakingConfig(AppConfig):
    """The domain's side of matching: the one package that calls matching.api."""

    name = "marketplace.matchmaking"
    label = "matchmaking"
    verbose_name = "Matchmaking"

    def ready(self) -> None:
        from celery.signals import worker_process_init

        from marketplace.core.health import readiness_check_register
        from marketplace.matchmaking.health import check_index_files
        from marketplace.matchmaking.serving import load_embedding_model_in_worker

        readiness_check_register("index_files", check_index_files)
        # Celery workers set Django up before forking their pool, so this is connected in
        # time; in web processes it never fires.
        worker_process_init.connect(
            load_embedding_model_in_worker, weak=False, dispatch_uid="matchmaking.load_model"
        )
