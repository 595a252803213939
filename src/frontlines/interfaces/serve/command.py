"""The `serve` command: check the arguments, build the app, run uvicorn."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from frontlines.interfaces.serve import settings as cfg

EXIT_OK, EXIT_USAGE = 0, 2


def _err(msg: str) -> None:
    print(f"frontlines: {msg}", file=sys.stderr)


def cmd_serve(args: argparse.Namespace) -> int:
    if not Path(args.db).is_file():
        _err(f"{args.db}: no store here (run `frontlines ingest PATH... --db {args.db}` "
             "or `frontlines demo` first)")
        return EXIT_USAGE
    try:
        token = cfg.read_token(args.token_file)
    except OSError as exc:
        _err(f"{args.token_file}: cannot read the token file ({exc.strerror or exc})")
        return EXIT_USAGE
    if args.token_file and token is None:
        _err(f"{args.token_file}: the token file is empty")
        return EXIT_USAGE
    try:
        import uvicorn

        from frontlines.interfaces.serve.app import create_app
    except ImportError as exc:
        _err(f"serve needs fastapi and uvicorn ({exc}); run `make install`")
        return EXIT_USAGE
    from frontlines.domain.errors import FrontlinesError

    try:
        app = create_app(cfg.Settings(db=args.db, token=token))
    except FrontlinesError as exc:
        _err(str(exc))
        return exc.exit_code
    writes = "on (Bearer token)" if token else f"off (no {cfg.TOKEN_ENV} or --token-file)"
    print(f"frontlines: serving {args.db} on http://{args.host}:{args.port}/  "
          f"(map at /, API docs at /docs; writes {writes})", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    return EXIT_OK


def add_command(sub: argparse._SubParsersAction) -> None:
    """Register `serve` on the main parser's subcommands."""
    p = sub.add_parser("serve", help="HTTP API and map over a store (offline)")
    p.add_argument("--db", required=True, help="store file written by `frontlines ingest`")
    p.add_argument("--host", default=cfg.DEFAULT_HOST,
                   help=f"address to listen on (default {cfg.DEFAULT_HOST}: this machine only)")
    p.add_argument("--port", type=int, default=cfg.DEFAULT_PORT)
    p.add_argument("--token-file", metavar="FILE",
                   help=f"file holding the write token (default ${cfg.TOKEN_ENV}; "
                        "without a token POST /api/articles is off)")
    p.add_argument("--log-level", default="warning",
                   choices=["critical", "error", "warning", "info", "debug"])
    p.set_defaults(func=cmd_serve)
