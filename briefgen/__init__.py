"""briefgen: a static-site generator for curated news-briefing digests."""

__version__ = "0.1.0"
