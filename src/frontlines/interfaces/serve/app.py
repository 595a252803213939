"""The HTTP API and the map: routes over the backend, JSON errors, token, size limits.

Every error is JSON ``{"error": "..."}`` with a status that says whose fault it
is (400/401/403/404/413/422); an unexpected failure is a 500 with a one-line
message, never a traceback. Nothing here touches SQL or NLP: see backend.py.
"""

from __future__ import annotations

import hmac
import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from frontlines import __version__
from frontlines.domain.errors import StoreError
from frontlines.interfaces.export import feature, write_events
from frontlines.interfaces.serve.backend import Backend, EventQuery
from frontlines.interfaces.serve.settings import DEFAULT_PAGE, MAX_PAGE, TOKEN_ENV, Settings

STATIC = Path(__file__).with_name("static")
# The pages load scripts, styles and data from this server only.
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
       "script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'")
FORMATS = ("json", "geojson", "csv")


class ApiError(Exception):
    """An error the client can fix: status and a one-line reason."""

    def __init__(self, status: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status, self.message, self.extra = status, message, extra


def create_app(settings: Settings) -> FastAPI:
    """The application over one store file (which must exist)."""
    backend = Backend(settings.db)
    app = FastAPI(title="frontlines", version=__version__, docs_url=None, redoc_url=None,
                  description="Armed-conflict events and territorial control extracted "
                              "from news text, served from one frontlines store.")
    app.state.backend, app.state.settings = backend, settings
    _add_error_handlers(app)
    _add_page_routes(app)
    _add_event_routes(app, backend)
    _add_control_routes(app, backend)
    _add_write_routes(app, backend, settings)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


# ----------------------------------------------------------------------- errors

def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"error": message, **extra}, status_code=status, headers=headers)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.message, **exc.extra)

    @app.exception_handler(StoreError)
    async def store_error(_: Request, exc: StoreError) -> JSONResponse:
        return _error(503, str(exc))  # the store file, not the request: read-only, corrupt...

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such resource: {request.url.path}"
        return _error(exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        parts = [f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}"
                 for e in exc.errors()]
        return _error(422, "; ".join(parts) or "invalid request")

    @app.middleware("http")
    async def no_tracebacks(request: Request, call_next):  # noqa: ANN001, ANN202
        try:
            return await call_next(request)
        except Exception as exc:  # noqa: BLE001 - the client gets one line, the log too
            print(f"frontlines serve: {request.method} {request.url.path}: "
                  f"{type(exc).__name__}: {exc}", file=sys.stderr)
            return _error(500, f"internal error ({type(exc).__name__}); see the server log")


# ------------------------------------------------------------------------ pages

def _add_page_routes(app: FastAPI) -> None:
    def page(name: str) -> FileResponse:
        return FileResponse(STATIC / name, headers={"Content-Security-Policy": CSP})

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index() -> FileResponse:
        return page("index.html")

    @app.api_route("/docs", methods=["GET", "HEAD"], include_in_schema=False)
    def docs() -> FileResponse:
        return page("docs.html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")


# ----------------------------------------------------------------------- events

def _day(value: str | None, name: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ApiError(400, f"{name}: not a date (YYYY-MM-DD): {value!r}") from None


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value in (None, ""):
        return None
    parts = value.split(",")
    try:
        w, s, e, n = (float(x) for x in parts) if len(parts) == 4 else (None,) * 4
    except ValueError:
        w = None
    if w is None:
        raise ApiError(400, f"bbox: expected four numbers W,S,E,N, got {value!r}")
    if not (-180 <= w <= e <= 180 and -90 <= s <= n <= 90):
        raise ApiError(400, f"bbox: need -180 <= W <= E <= 180 and -90 <= S <= N <= 90, "
                            f"got {value!r}")
    return (w, s, e, n)


def _query(request: Request) -> EventQuery:
    p = request.query_params
    q = EventQuery(since=_day(p.get("since"), "since"), until=_day(p.get("until"), "until"),
                   country=p.get("country") or None, actor=p.get("actor") or None,
                   type=p.get("type") or None, bbox=_bbox(p.get("bbox")))
    if q.since and q.until and q.since > q.until:
        raise ApiError(400, f"since ({q.since}) is after until ({q.until})")
    return q


def _int(request: Request, name: str, default: int, lo: int, hi: int) -> int:
    raw = request.query_params.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(400, f"{name}: not an integer: {raw!r}") from None
    if not lo <= value <= hi:
        raise ApiError(400, f"{name}: must be between {lo} and {hi}, got {value}")
    return value


def _choice(request: Request, name: str, choices: tuple[str, ...]) -> str:
    value = request.query_params.get(name) or choices[0]
    if value not in choices:
        raise ApiError(400, f"{name}: one of {', '.join(choices)}, got {value!r}")
    return value


def _add_event_routes(app: FastAPI, backend: Backend) -> None:
    @app.get("/api/events", summary="Consolidated events, filtered and paged")
    def events(request: Request, since: str | None = None, until: str | None = None,
               country: str | None = None, actor: str | None = None, type: str | None = None,
               bbox: str | None = None, limit: int | None = None, offset: int | None = None,
               format: str = "json", view: str = "full") -> Response:
        """Filters as `frontlines events`; bbox is W,S,E,N (degrees); `next` is the
        offset of the following page (null on the last). format=csv has ACLED's
        columns; view=summary gives the indexed fields only (for maps)."""
        q = _query(request)
        lim = _int(request, "limit", DEFAULT_PAGE, 1, MAX_PAGE)
        off = _int(request, "offset", 0, 0, 10**9)
        fmt = _choice(request, "format", FORMATS)
        how = _choice(request, "view", ("full", "summary"))
        total = backend.count(q)
        nxt = off + lim if off + lim < total else None
        if how == "summary":
            if fmt != "json":
                raise ApiError(400, "view=summary is JSON only")
            rows = backend.points(q, lim, off)
            return JSONResponse({"events": rows, "count": len(rows), "total": total,
                                 "next": nxt})
        evs = backend.events(q, lim, off)
        return _render_events(evs, fmt, total, nxt)

    @app.get("/api/events/{event_id}", summary="One event, its reports and why they merged")
    def event(event_id: str) -> JSONResponse:
        found = backend.event(event_id)
        if found is None:
            raise ApiError(404, f"no event {event_id!r}")
        return JSONResponse(found)

    @app.get("/api/facets", summary="Date span and filter values with counts")
    def facets() -> JSONResponse:
        return JSONResponse(backend.facets())


def _render_events(evs: list, fmt: str, total: int, nxt: int | None) -> Response:
    paging = {"X-Total-Count": str(total), "X-Next-Offset": "" if nxt is None else str(nxt)}
    if fmt == "csv":
        buf = io.StringIO()
        write_events(evs, "csv", buf)
        return Response(buf.getvalue(), media_type="text/csv; charset=utf-8", headers={
            **paging, "Content-Disposition": 'attachment; filename="events.csv"'})
    if fmt == "geojson":
        body = {"type": "FeatureCollection", "features": [feature(e) for e in evs],
                "count": len(evs), "total": total, "next": nxt}
        return Response(json.dumps(body, ensure_ascii=False), headers=paging,
                        media_type="application/geo+json")
    return JSONResponse({"events": [e.to_dict() for e in evs], "count": len(evs),
                         "total": total, "next": nxt}, headers=paging)


# ---------------------------------------------------------------------- control

def _add_control_routes(app: FastAPI, backend: Backend) -> None:
    @app.get("/api/control", summary="Who held a place at a date (or its whole timeline)")
    def control(request: Request, place: str | None = None, at: str | None = None
                ) -> JSONResponse:
        """With `at`: the controller, since when, on whose report, contested or not.
        Without: every segment of the place's timeline."""
        if not place:
            raise ApiError(400, "place: required (a place name, e.g. Rawa)")
        day = _day(at, "at")
        if day is None:
            return JSONResponse({"place": place, "timeline": backend.timeline(place)})
        answer = backend.control_at(place, day)
        if answer is None:
            raise ApiError(404, f"no control report for {place!r} at {day}")
        return JSONResponse(answer)

    @app.get("/api/control.geojson", summary="Every known place and its controller at a date")
    def control_map(request: Request, at: str | None = None) -> Response:
        day = _day(at, "at")
        if day is None:
            raise ApiError(400, "at: required (YYYY-MM-DD)")
        body = {"type": "FeatureCollection", "features": backend.control_features(day)}
        return Response(json.dumps(body, ensure_ascii=False), media_type="application/geo+json")


# ------------------------------------------------------------------------ writes

def _check_token(request: Request, settings: Settings) -> None:
    if settings.token is None:
        raise ApiError(403, f"writes are off: the server has no token (set {TOKEN_ENV} "
                            "or start it with --token-file)")
    given = request.headers.get("authorization", "")
    scheme, _, token = given.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "missing token: send 'Authorization: Bearer <token>'")
    if not hmac.compare_digest(token.strip().encode(), settings.token.encode()):
        raise ApiError(401, "wrong token")


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"request body of {int(declared):,} bytes is over the limit "
                            f"of {limit:,}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"request body is over the limit of {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _parse_articles(body: bytes, content_type: str) -> list[Any]:
    """A JSON array, one JSON object, {"articles": [...]}, or JSONL (one article a line)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"body is not UTF-8 (bad byte at offset {exc.start})") from None
    if "ndjson" in content_type or "jsonl" in content_type:
        records = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ApiError(400, f"line {n}: broken JSON ({exc.msg})") from None
        return records
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ApiError(400, f"broken JSON ({exc.msg} at line {exc.lineno} column "
                            f"{exc.colno})") from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        return data["articles"]
    return data if isinstance(data, list) else [data]


def _add_write_routes(app: FastAPI, backend: Backend, settings: Settings) -> None:
    @app.post("/api/articles", summary="Store and consolidate articles (needs the token)")
    async def post_articles(request: Request) -> JSONResponse:
        """Articles in the JSONL schema ({"id", "text" | "html", "title", "published",
        "url", "outlet"}) as a JSON array or JSONL. 200 when all were stored; 422 naming
        each bad article (nothing of it is stored; the good ones are)."""
        _check_token(request, settings)
        body = await _read_body(request, settings.max_body_bytes)
        records = _parse_articles(body, request.headers.get("content-type", ""))
        if not records:
            raise ApiError(400, "no articles in the request")
        if len(records) > settings.max_articles:
            raise ApiError(413, f"{len(records)} articles in one request; the limit is "
                                f"{settings.max_articles}")
        outcome = await run_in_threadpool(backend.ingest, records)
        body_out = {"stored": outcome.stored, "problems": outcome.problems}
        if outcome.problems:
            names = "; ".join(p["error"] for p in outcome.problems)
            return _error(422, f"{len(outcome.problems)} article(s) not stored: {names}",
                          **body_out)
        return JSONResponse(body_out)
