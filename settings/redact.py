"""Secrets out of every output: URLs and free text fit for logs, reports and the database.

Used from the bottom of the layer plan (configuration errors name URLs too), so it imports nothing of ours.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

SECRET_PARAMS = re.compile(r"(?i)^(.*token|.*secret|.*password|passwd|pwd|.*api_?key|key|auth.*|sig|signature)$")


def redact_url(url: str) -> str:
    """A URL fit for logs and reports: user:password@ and secret-looking query values replaced by ***."""
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. "http://[::1": still hide anything before an @
        return _USERINFO.sub(r"\1***@", url)
    netloc = parts.netloc
    if "@" in netloc:
        netloc = "***@" + netloc.rsplit("@", 1)[1]
    query = "&".join(_redact_param(p) for p in parts.query.split("&")) if parts.query else ""
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def _redact_param(param: str) -> str:
    key, eq, value = param.partition("=")
    return f"{key}=***" if eq and value and SECRET_PARAMS.match(key) else param


_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^\s/@'\"<>]+@")
_URL = re.compile(r"(?i)\bhttps?://[^\s'\"<>]+")


def redact(text: str) -> str:
    """Redact credentials in free text (error messages): userinfo of any URL, secret query values."""
    text = _USERINFO.sub(r"\1***@", text)
    return _URL.sub(lambda m: redact_url(m.group()), text)
