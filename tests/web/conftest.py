"""The local news site and the test-only fetch policy (tests/news_site.py)."""

from tests.news_site import news_site, test_policy

__all__ = ["news_site", "test_policy"]
