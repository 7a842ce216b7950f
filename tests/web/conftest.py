"""The local news site and the test-only fetch policies (tests/news_site.py)."""

from tests.news_site import impatient_policy, news_site, test_policy

__all__ = ["impatient_policy", "news_site", "test_policy"]
