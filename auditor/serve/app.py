"""The Starlette application of `auditor serve`.

`make_app(settings)` builds it: the shared state (auditor/serve/state.py), the routes
(auditor/serve/routes.py: pages and downloads; auditor/serve/actions.py: uploads, review,
opinion) behind the Guard middleware (auditor/serve/security.py), and a lifespan that starts and
stops the audit worker pool.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.middleware import Middleware

from auditor.serve.history import History
from auditor.serve.routes import ROUTES
from auditor.serve.security import Guard
from auditor.serve.settings import ServeSettings
from auditor.serve.state import AppState


def make_app(settings: ServeSettings, start_workers: bool = True) -> Starlette:
    """The web app. `start_workers=False` leaves the pool off (tests of pages only)."""
    desk = AppState(settings, History(settings.db))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if start_workers:
            desk.start()
        try:
            yield
        finally:
            desk.stop()

    app = Starlette(
        routes=ROUTES,
        middleware=[Middleware(Guard, settings=settings)],
        lifespan=lifespan,
    )
    app.state.desk = desk
    return app
