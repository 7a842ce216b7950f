"""The article: a text or Markdown file read into numbered paragraphs and sentences, with
captions, headings, datelines and near-duplicates marked, and the library of loaded articles.
"""

from bot.core.article.credits import Credits
from bot.core.article.datelines import Dateline
from bot.core.article.files import article_id_for, decode_article, load_article
from bot.core.article.library import ARTICLE_SUFFIXES, ArticleInfo, Library
from bot.core.article.model import Article, Paragraph, Sentence, parse_article

__all__ = [
    "ARTICLE_SUFFIXES",
    "Article",
    "ArticleInfo",
    "Credits",
    "Dateline",
    "Library",
    "Paragraph",
    "Sentence",
    "article_id_for",
    "decode_article",
    "load_article",
    "parse_article",
]
