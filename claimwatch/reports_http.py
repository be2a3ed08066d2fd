"""The reports folder over HTTP, read-only, for the links in the Prefect UI.

A `file://` link in a Prefect artifact is dead when clicked in the browser (browsers do not open local files
from a web page), so `claimwatch serve` also serves its reports folder with the standard library's
`http.server` (GET and HEAD only; any other method is 501) on 127.0.0.1 by default, and the monitor runs it
starts link their report.html there. The address reaches those runs (separate processes) through the
environment variables below; a run started any other way (`claimwatch run`) keeps the `file://` link.
"""

from __future__ import annotations

import functools
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

from settings.errors import ConfigError

URL_ENV = "CLAIMWATCH_REPORTS_URL"
ROOT_ENV = "CLAIMWATCH_REPORTS_ROOT"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 4280


class ReadOnlyReports(SimpleHTTPRequestHandler):
    """Files and folder listings under the reports folder; GET and HEAD only (the base class answers 501
    to anything else); nothing logged per request."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        """Silent: a served report folder logs nothing per request."""
        pass


def serve_reports(folder: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> ThreadingHTTPServer:
    """Serve `folder` in a daemon thread and publish its URL (URL_ENV, ROOT_ENV) for the runs this process
    starts. Port 0 takes a free port. A port in use is a ConfigError of one line."""
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        httpd = ThreadingHTTPServer((host, port), functools.partial(ReadOnlyReports, directory=str(folder)))
    except OSError as exc:
        raise ConfigError(f"cannot serve the reports folder on {host}:{port}: {exc.strerror or exc} "
                          "(choose another with --reports-port)") from None
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, name="claimwatch-reports", daemon=True).start()
    shown = f"[{host}]" if ":" in host else host
    os.environ[URL_ENV] = f"http://{shown}:{httpd.server_address[1]}"
    os.environ[ROOT_ENV] = str(folder)
    return httpd


def report_link(folder: Path) -> str:
    """The URL of `folder`/report.html: on the served reports folder when this run's folder is inside it,
    else a file:// URI."""
    page = (Path(folder) / "report.html").resolve()
    base, root = os.environ.get(URL_ENV), os.environ.get(ROOT_ENV)
    if base and root:
        try:
            relative = page.relative_to(Path(root).resolve())
        except ValueError:
            pass
        else:
            return f"{base.rstrip('/')}/{quote(relative.as_posix())}"
    return page.as_uri()
