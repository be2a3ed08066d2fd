"""The claim engine: `analyze(articles, catalogue, baseline) -> Analysis` and its reading stage
`read(articles, catalogue)` (claims.api)."""

from claims.api import Analysis, Article, Development, Evidence, Finding, Source, analyze, read, warm_up

__all__ = ["Analysis", "Article", "Development", "Evidence", "Finding", "Source", "analyze", "read", "warm_up"]
