"""The claim engine: `analyze(articles, catalogue, baseline) -> Analysis` (claims.api)."""

from claims.api import Analysis, Article, Development, Evidence, Finding, Source, analyze

__all__ = ["Analysis", "Article", "Development", "Evidence", "Finding", "Source", "analyze"]
