"""The offline command line: a thin shell over `bot.core.api` that prints text or JSON.

`python -m bot summary|quote|speakers|lookup|ask|about|console` answers without a token;
`python -m bot` alone starts the Discord bot and `python -m bot sync` registers its commands.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import json
import logging
import os
import re
import shutil
import signal
import sys
import textwrap
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from bot import cli_articles
from bot.core import api, constants
from bot.core.article import ARTICLE_SUFFIXES, Article, Library
from bot.core.article.library import broken_link, missing_path, user_path
from bot.core.errors import (
    OVER_BUDGET,
    ArticleBotError,
    ArticleError,
    ArticleNotChosen,
    ArticleNotFound,
    OverBudget,
    os_reason,
    printable,
    shown,
)
from bot.core.language.text import clean_control, counted
from bot.core.search import wording
from bot.core.search.engine import MARK_END, MARK_START
from bot.core.typed import Typed
from bot.core.typed import parse as parse_typed
from bot.exitcodes import EXIT_FAILURE, EXIT_OK, EXIT_USAGE
from bot.settings import Settings, SettingsError, load_settings

log = logging.getLogger("bot.cli")

MAX_WIDTH = 100
QUOTED_LISTED = 10  # "Quoted in this article:" names this many, then "+N more"


class UsageError(Exception):
    """Bad command-line words; argparse's message, shown without a traceback."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print usage and exit itself
        raise UsageError(f"{self.prog}: {message}{_did_you_mean(message)}")


_INVALID_CHOICE = re.compile(r"invalid choice: '([^']*)' \(choose from (.*)\)")


def _did_you_mean(message: str) -> str:
    """ " Did you mean summary?" for `sumary`, the way the console answers `/sumary`."""
    found = _INVALID_CHOICE.search(message)
    if found is None:
        return ""
    choices = re.findall(r"'([^']*)'", found.group(2))
    close = difflib.get_close_matches(found.group(1).lower(), choices, n=1)
    return f". Did you mean {close[0]}?" if close else ""


def _whole_number(remedy: str) -> Callable[[str], int]:
    """An argparse type for a number option: "NaN" or "3.7" gets `remedy` (the range and an
    example), as an out-of-range number gets it from the command layer, not "invalid int value"."""

    def whole_number(text: str) -> int:
        try:
            return int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"“{shown(text)}” is not a whole number: {remedy}") from None

    return whole_number


_SENTENCES = _whole_number(f"{api.SENTENCES_RANGE}, e.g. --sentences 5.")
_LIMIT = _whole_number(f"{api.RESULTS_RANGE}, e.g. --limit 5.")
_PAGE = _whole_number(f"{api.PAGES_RANGE}, e.g. --page 2.")


def _shared_options(*, on_command: bool) -> argparse.ArgumentParser:
    """--article, --json and --server, accepted before the command and after it.

    A command's copy leaves an option it was not given unset, so one typed before the command
    (`article-bot --article story.txt summary`) is not overwritten by the command's default.
    """
    unset = {"default": argparse.SUPPRESS} if on_command else {}
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--article", metavar="PATH", help="article file or folder, or an article id", **unset
    )
    options.add_argument("--json", action="store_true", help="print one JSON object", **unset)
    options.add_argument(
        "--server",
        type=cli_articles.server_id,
        metavar="ID",
        help="answer from this server's stored articles",
        **unset,
    )
    return options


# What `--help` shows after the commands: how the bot itself starts, and a first command to try.
EPILOG = """without a command: start the Discord bot (needs DISCORD_TOKEN; see README.md)

examples:
  %(prog)s summary --sentences 5
  %(prog)s quote Blinken
  %(prog)s lookup balloon --limit 2 --page 2
  %(prog)s ask "Who did Blinken meet?"
  %(prog)s --article story.txt --json speakers

each command's options: %(prog)s COMMAND --help"""


def _command(
    sub, name: str, common: argparse.ArgumentParser, what: str, example: str
) -> argparse.ArgumentParser:
    """A subcommand whose --help says what it returns and shows one example."""
    return sub.add_parser(
        name,
        parents=[common],
        help=what,
        description=what[:1].upper() + what[1:] + ".",
        epilog=f"example: {example}",
    )


def build_parser(prog: str = "article-bot") -> argparse.ArgumentParser:
    common = _shared_options(on_command=True)
    parser = _Parser(
        prog=prog,
        description="Answers questions about a news article, offline, as the Discord bot does.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_shared_options(on_command=False)],
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    cmd = _command(sub, "summary", common, "the article's key sentences", f"{prog} summary --sentences 5")
    cmd.add_argument(
        "--sentences",
        type=_SENTENCES,
        default=constants.SUMMARY_DEFAULT_SENTENCES,
        metavar="N",
        help=f"how many sentences, {constants.SUMMARY_MIN_SENTENCES}-{constants.SUMMARY_MAX_SENTENCES} "
        "(default %(default)s)",
    )
    cmd = _command(sub, "quote", common, "what a person said, word for word", f"{prog} quote Blinken")
    cmd.add_argument("speaker", nargs="+", help='who: surname, full name or role ("the mayor")')
    _command(sub, "speakers", common, "who is quoted, most quoted first", f"{prog} speakers")
    cmd = _command(sub, "lookup", common, "paragraphs that mention a keyword", f"{prog} lookup balloon")
    cmd.add_argument("keyword", nargs="+", help="a word or phrase (typos tolerated), or ¶9 for paragraph 9")
    cmd.add_argument(
        "--limit",
        type=_LIMIT,
        default=constants.LOOKUP_DEFAULT_LIMIT,
        metavar="N",
        help=f"paragraphs per page, 1-{constants.LOOKUP_MAX_LIMIT} (default %(default)s)",
    )
    cmd.add_argument("--page", type=_PAGE, default=1, metavar="P", help="page P of the results (1 first)")
    cmd = _command(
        sub, "ask", common, "answer a question from the article", f'{prog} ask "Who did Blinken meet?"'
    )
    cmd.add_argument("question", nargs="+", help="a question in plain words")
    _command(sub, "about", common, "title, size and speakers of the article", f"{prog} about")
    _command(sub, "console", common, "type /summary, /quote Xi ... as in Discord", f"{prog} console")
    cli_articles.add_parser(sub, _Parser)
    cmd = sub.add_parser(
        "sync",
        help="register the slash commands with Discord (needs a token)",
        description="Register the slash commands with Discord (needs DISCORD_TOKEN).",
    )
    cmd.add_argument("--guild", type=int, metavar="ID", help="sync to one server, instantly")
    return parser


def _prog() -> str:
    """How the user ran the CLI, for usage lines: `python -m bot` or the installed `article-bot`."""
    return "python -m bot" if Path(sys.argv[0]).name == "__main__.py" else "article-bot"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    wants_json = "--json" in argv
    args = None
    try:
        args = _typed_cleanly(build_parser(_prog()).parse_args(argv))
        settings = load_settings()
        logging.basicConfig(level=settings.log_level, format="%(levelname)s %(name)s: %(message)s")
        return _dispatch(args, settings)
    except UsageError as error:
        return _fail(str(error), wants_json, EXIT_USAGE)
    except ArticleNotChosen as error:
        return _fail(error.saying_how(_how_to_choose(getattr(args, "article", None))), wants_json, EXIT_USAGE)
    except (ArticleBotError, SettingsError) as error:
        return _fail(str(error), wants_json, EXIT_USAGE)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as Unix tools do.
        _silence_stdout()
        return EXIT_OK
    except Exception as error:  # the last resort: one line for the user, the detail in the log
        log.debug("unexpected error", exc_info=True)
        return _fail(
            f"internal error ({type(error).__name__}); run with LOG_LEVEL=DEBUG for details", wants_json
        )


def _typed_cleanly(args: argparse.Namespace) -> argparse.Namespace:
    """`args` with terminal escape sequences and control characters taken out of what was typed (a
    name or id pasted in colour: "\x1b[1mGarner\x1b[0m" kept "[1m"), except from a path that exists
    so written. Names, keywords and questions are cleaned again by the command layer."""
    for option in ("article", "source", "id"):
        typed = getattr(args, option, None)
        if typed and clean_control(typed) != typed and not _exists(typed):
            setattr(args, option, clean_control(typed))
    for option in ("speaker", "keyword", "question"):
        if getattr(args, option, None):
            setattr(args, option, [clean_control(word) for word in getattr(args, option)])
    return args


def _exists(path: str) -> bool:
    try:
        return user_path(path).exists()
    except (OSError, ValueError):  # a name too long for the system, a NUL in it
        return False


def _how_to_choose(article_option: str | None) -> str:
    """How to name one article of the library: by id under ARTICLE_PATH, as FOLDER/ID in a folder."""
    if not article_option:
        return "with --article ID"
    return f"with --article {shown(article_option.rstrip('/' + os.sep))}{os.sep}ID"


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot raise again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _fail(message: str, wants_json: bool, code: int = EXIT_FAILURE) -> int:
    # One line, no terminal escapes, whatever a path or an exception put in the message.
    message = printable(message)
    print(f"error: {message}", file=sys.stderr)
    if wants_json:
        print(json.dumps({"error": message}, ensure_ascii=False))
    return code


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command is None:
        from bot.discord.runner import run_bot  # discord.py loads only for the bot itself

        return run_bot(settings)
    if args.command == "sync":
        from bot.discord.runner import sync_commands

        return sync_commands(settings, args.guild)
    if args.command == "articles":
        return cli_articles.run(args, settings)
    library, article_ref = open_library(args.article, settings)
    if args.command == "console":
        return run_console(library, article_ref)
    try:
        if cli_articles.is_stored_ref(article_ref, args.server) and article_ref not in library.ids:
            article = cli_articles.stored_or_bundled(settings, library, article_ref, args.server)
        else:
            article = _bundled_or_stored(settings, library, article_ref, args.server)
    except ArticleNotFound as error:
        raise _not_in_folder(args.article, article_ref, error) from None
    with _cpu_budget(constants.COMMAND_BUDGET_SECONDS):
        result = run_command(article, args)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render(result))
        if isinstance(result, api.LookupResult) and result.end < result.total:
            print(f"\n{_next_page(result)} (add --page {args.page + 1})")
    return EXIT_OK


def _bundled_or_stored(settings: Settings, library: Library, ref: str | None, server: int | None) -> Article:
    """The article `ref` names among the bundled ones, else among those `articles add` stored
    ("--article merger" for an added merger.txt)."""
    try:
        return library.get(ref)
    except ArticleNotFound:
        if ref is None or not cli_articles.may_have_stored(settings):
            raise
        return cli_articles.stored_or_bundled(settings, library, ref, server)


def open_library(ref: str | None, settings: Settings) -> tuple[Library, str | None]:
    """The library `--article` points at, and the article to pick in it (None: the only one).

    `--article` may be a file or folder, FOLDER/ID for one article of a folder, or the id or
    title of an article under ARTICLE_PATH.
    """
    if ref is None:
        return Library.from_path(settings.article_path), None
    if not ref.strip():
        # "" is the current folder to the system: every text file under it was read as an article.
        raise ArticleError("--article is empty: give an article file, folder or id, or leave it out.")
    path = user_path(ref)
    try:
        exists = path.exists()
        in_folder = path.parent != Path(".") and path.parent.is_dir()
    except OSError as error:  # a name too long for the system, a loop of links...
        raise ArticleError(f"Cannot open {shown(path)}: {os_reason(error)}.") from None
    if exists:
        return Library.from_path(path), None
    if broken_link(path):  # the link is there: reading it as FOLDER/ID would only blur that
        return Library.from_path(path), None  # reports the link
    if in_folder and path.suffix.lower() not in ARTICLE_SUFFIXES and not _too_wide(path.parent):
        try:
            return Library.from_path(path.parent), path.name
        except ArticleError as error:  # no library there: the path typed is what is missing, said first
            raise ArticleError(f"{missing_path(path)} Read as FOLDER/ID: {error}") from None
    if "/" in ref or path.suffix.lower() in ARTICLE_SUFFIXES:
        return Library.from_path(path), None  # reports the missing path
    return Library.from_path(settings.article_path), ref


def _not_in_folder(typed: str | None, ref: str | None, error: ArticleNotFound) -> ArticleNotFound:
    """`error`, first saying that the path typed does not exist when it was read as FOLDER/ID: "No
    article matches “typo”" alone hid that `--article lib/typo` names no file either."""
    path = user_path(typed) if typed else None
    if path is None or path.parent == Path(".") or path.name != ref or path.exists():
        return error
    return ArticleNotFound(f"Article path not found: {shown(path)}. {error}")


def _too_wide(folder: Path) -> bool:
    """A filesystem root or the home folder: `--article /typo` or `~/typo` is a missing path, not one
    article of a library that would be every text file on the disk."""
    try:
        resolved = folder.resolve()
        return resolved == Path(resolved.anchor) or resolved == Path.home().resolve()
    except (OSError, RuntimeError):  # no home folder: only the root is too wide
        return folder == Path(folder.anchor)


@contextlib.contextmanager
def _cpu_budget(seconds: float):
    """Stop the command with OVER_BUDGET past `seconds` of CPU time (a timer signal, so only in a
    Unix process's main thread; elsewhere the command runs unbounded, as before)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def over(signum, frame):
        raise OverBudget(OVER_BUDGET)

    previous = signal.signal(signal.SIGPROF, over)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def run_command(article: Article, args: argparse.Namespace):
    """Call the command layer for a parsed CLI command and return its result dataclass."""
    commands: dict[str, Callable[[], object]] = {
        "summary": lambda: api.summary(article, args.sentences),
        "quote": lambda: api.quote(article, " ".join(args.speaker)),
        "speakers": lambda: api.speakers(article),
        "lookup": lambda: api.lookup(article, " ".join(args.keyword), args.limit, args.page),
        "ask": lambda: api.ask(article, " ".join(args.question)),
        "about": lambda: api.about(article),
    }
    return commands[args.command]()


# --- text rendering ------------------------------------------------------------------


def _width() -> int:
    return min(MAX_WIDTH, shutil.get_terminal_size((MAX_WIDTH, 24)).columns)


def _wrap(text: str, indent: str = "    ") -> str:
    return textwrap.fill(text, _width(), initial_indent=indent, subsequent_indent=indent)


def _numbered(label: str, text: str) -> str:
    """`[¶12] text...` with continuation lines aligned under the text."""
    prefix = f"[¶{label}] "
    return textwrap.fill(text, _width(), initial_indent=prefix, subsequent_indent=" " * len(prefix))


def _bold(text: str) -> str:
    if sys.stdout.isatty():
        return text.replace(MARK_START, "\033[1m").replace(MARK_END, "\033[0m")
    return text.replace(MARK_START, "**").replace(MARK_END, "**")


def render(result: object) -> str:
    """Human-readable text for any command result."""
    renderer = _RENDERERS[type(result)]
    return renderer(result)


def _render_summary(result: api.Summary) -> str:
    if not result.sentences:
        return "The article has no body text to summarise."
    return "\n".join(_numbered(str(s.paragraph), s.text) for s in result.sentences)


def _render_quotes(result: api.QuoteResult) -> str:
    lines = []
    choices = [c for c in result.candidates if c.quotes]
    if result.quotes:
        label = result.speaker.label.replace(" (", ", ", 1).removesuffix(")") if result.speaker.role else ""
        kind = f" [{_KIND_LABELS[result.speaker.kind]}]" if result.speaker.kind in _KIND_LABELS else ""
        lines.append(f"{label or result.speaker.name}{kind}: {api.quotes_heading(result.quotes)}")
        shown = [_numbered(str(group[0].paragraph), _shown(group)) for group in api.passages(result.quotes)]
        # Two partial quotes of one sentence show that sentence once.
        lines += [line for index, line in enumerate(shown) if index == 0 or line != shown[index - 1]]
    if result.message:
        hint = _choice_hint(choices) if choices and result.speaker is None else ""
        lines.append(textwrap.fill(result.message + hint, _width()))
    if not result.quotes and result.quoted and not choices:
        lines.append(_wrap("Quoted in this article: " + _quoted_list(result.quoted), ""))
    if result.paraphrases:
        lines.append("Reported, not quoted directly:")
        lines += [_numbered(str(p.paragraph), p.sentence) for p in result.paraphrases]
    if result.read_to is not None:
        lines.append(textwrap.fill(api.quotes_read_note(result.read_to), _width()))
    return "\n".join(lines) or f"No quotes found for “{result.query}”."


def _choice_hint(choices: Sequence[api.Speaker]) -> str:
    """What to type to pick one: a person's full name; an unnamed source or a body as it is listed
    ("one user" has no full name to type)."""
    if not any(c.kind in _KIND_LABELS for c in choices):
        return " Type the full name."
    return " Type one as it is listed."


def _shown(group: Sequence[api.Quote]) -> str:
    """One quotation, or one broken by its attribution (“A,” she said. “B.”) as the article has it."""
    return _quoted(group[0]) if len(group) == 1 else api.passage_text(group)


def _quoted(quote: api.Quote) -> str:
    """A full quotation in its marks; a partial one (“the right moment”) inside the writer's
    sentence, which holds its marks: the fragment alone would not say what it was about."""
    if quote.partial and quote.text in quote.sentence:
        return quote.sentence
    return f"“{quote.text}”"


def _quoted_list(quoted: Sequence[api.Speaker]) -> str:
    """Everyone quoted, most quoted first, with counts; past QUOTED_LISTED, how many more."""
    shown = ", ".join(f"{s.name} ({s.quotes})" for s in quoted[:QUOTED_LISTED])
    more = len(quoted) - QUOTED_LISTED
    return f"{shown} +{more} more" if more > 0 else shown


def _render_speakers(result: api.SpeakerList) -> str:
    lines = [] if result.speakers else [api.nobody_quoted_note(result.unattributed)]
    for speaker in result.speakers:
        kind = f" [{_KIND_LABELS[speaker.kind]}]" if speaker.kind in _KIND_LABELS else ""
        lines.append(f"{speaker.quotes:>3}  {speaker.label}{kind}")
    if result.unclear and result.speakers:
        lines.append(f"{result.unattributed:>3}  (no clear speaker):")
    lines += [_numbered(str(group[0].paragraph), _shown(group)) for group in api.passages(result.unclear)]
    if result.read_to is not None:
        lines.append(textwrap.fill(api.quotes_read_note(result.read_to), _width()))
    return "\n".join(lines)


_KIND_LABELS = {"organisation": "organisation", "unnamed": "unnamed source"}


def _render_lookup(result: api.LookupResult) -> str:
    if not result.hits:
        if result.message:
            return textwrap.fill(result.message, _width())
        lines = [wording.nothing_found(result)]
        if result.suggestions:
            lines.append("Did you mean: " + ", ".join(result.suggestions) + "?")
        return "\n".join(lines)
    lines = [wording.title(result), *(_bold(note) for note in wording.notes(result))]
    blocks = []
    for hit in result.hits:
        label = f"{hit.paragraph}, caption" if hit.is_caption else str(hit.paragraph)
        blocks.append(_bold(_numbered(label, hit.marked)))
    return "\n".join(lines) + "\n\n" + "\n\n".join(blocks)


def _next_page(result: api.LookupResult) -> str:
    """ "Next: 6–10 of 18" for the page after this one."""
    low = result.end + 1
    high = min(result.total, result.end + len(result.hits))
    return f"Next: {low}–{high} of {result.total}" if high > low else f"Next: {low} of {result.total}"


def _render_answer(result: api.Answer) -> str:
    if result.tier == 3:
        return api.not_mentioned(result)
    if result.tier == 2:
        passage = result.passage
        head = f"{api.NOT_DIRECT} Closest passage ({_cited(passage)}):"
        blocks = [head + "\n" + "\n\n".join(_indented(part) for part in passage.text.split("\n\n"))]
        blocks += [f"Also close (¶{s.paragraph}):\n" + _indented(s.text) for s in result.also]
        return "\n".join(blocks)
    cited = ", ".join(s.cited for s in result.sources)  # "¶8", or "dateline, ¶1" outside the story
    answer = textwrap.fill(result.answer, _width())
    return f"{answer}\n    (source: {cited})" if cited else answer  # "No one is quoted ..." cites nothing


def _cited(passage: api.Source) -> str:
    """ "¶4", or "¶4–5" for a passage running on into the next paragraph."""
    return f"¶{passage.paragraph}–{passage.last}" if passage.last else f"¶{passage.paragraph}"


def _indented(text: str) -> str:
    return textwrap.indent(textwrap.fill(text, _width() - 4), "    ")


def _render_about(result: api.About) -> str:
    quoted = ", ".join(f"{s.name} ({s.quotes})" for s in result.speakers) or "no one"
    return "\n".join(
        [
            result.title,
            f"    id: {result.article}   source: {result.source}",
            f"    {result.paragraphs_counted}, "
            f"{counted(result.sentences, 'sentence')}, {counted(result.words, 'word')}",
            _wrap(f"Quoted: {quoted}"),
        ]
    )


_RENDERERS: dict[type, Callable] = {
    api.Summary: _render_summary,
    api.QuoteResult: _render_quotes,
    api.SpeakerList: _render_speakers,
    api.LookupResult: _render_lookup,
    api.Answer: _render_answer,
    api.About: _render_about,
}


# --- console ---------------------------------------------------------------------------

# Commands that, with several articles loaded and none chosen, answer from the article the question,
# name or word is about, as the Discord bot's do.
_AMONG = ("ask", "quote", "lookup")

CONSOLE_HELP = """\
/summary [N]            the article's N key sentences (1-10, default 3): /summary 5 sentences
/quote SPEAKER          what a person said (surname, full name or title)
/speakers               who is quoted, most quoted first
/lookup KEYWORD         paragraphs that mention KEYWORD; limit:N (or --limit N) sets how many to a
                        page (balloon 3 also works for one word; in a phrase such as Group of 20 a
                        number is a word), page:P (or --page P) opens page P;
                        /lookup ¶9 shows paragraph 9, /lookup ¶3 ¶5 or ¶3-5 several
/more                   the next page of the last lookup
/ask QUESTION           answer a question from the article (or just type the question)
/about                  title, size and speakers
/article [ID]           list the loaded articles, or switch to one
/help                   this list
/quit                   leave"""


def run_console(library: Library, article_ref: str | None = None, stdin=None, stdout=None) -> int:
    """An interactive prompt that takes the same slash commands as Discord."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    interactive = stdin.isatty()
    if interactive:
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401  (history and line editing for input())
    session = _ConsoleSession(library, article_ref)
    print("article-bot console: type /help for commands, /quit to leave.", file=stdout)
    while True:
        try:
            line = input("> ") if interactive else stdin.readline()
        except (EOFError, KeyboardInterrupt):
            break
        if not interactive and not line:
            break
        reply = session.handle(line)
        if reply is None:
            break
        if reply:
            print(reply, file=stdout)
    return EXIT_OK


class _ConsoleSession:
    def __init__(self, library: Library, article_ref: str | None = None) -> None:
        self.library = library
        self.article_ref = article_ref
        # The last lookup (keyword, page size, page), for /more.
        self.last_lookup: tuple[str, int, int] | None = None  # a lookup with more pages to show
        self.looked_up = False

    def handle(self, line: str) -> str | None:
        """The reply to one console line; None means quit."""
        line = clean_control(line).strip()  # a line pasted from a coloured terminal keeps no "[1m"
        if not line:
            return ""
        first, _, rest = line.partition(" ")
        if line.lstrip("/").lower() in ("quit", "exit", "q"):
            return None
        try:
            if first.lower() == "/article":
                return self._switch(rest.strip())
            if line.lstrip("/").lower() in ("more", "next"):
                return self._more()
            typed = parse_typed(line)
            reply = CONSOLE_HELP if typed.name == "help" else self._run(typed)
        except ArticleNotChosen as error:
            return f"error: {error.saying_how('with /article ID')}"
        except ArticleBotError as error:
            return f"error: {error}"
        if typed.ignored:
            reply = f"(/{typed.name} takes no words: ignored “{typed.ignored}”.)\n{reply}"
        return reply

    def _more(self) -> str:
        """The next page of the last lookup."""
        if self.last_lookup is None:
            # After a lookup whose every result is shown, "run /lookup first" would read as a misfire.
            return "No more results." if self.looked_up else "Nothing to continue: run /lookup first."
        article_id, keyword, limit, page = self.last_lookup
        return self._lookup(self.library.get(article_id), keyword, limit, page + 1)

    def _lookup(
        self, article: Article, keyword: str, limit: int, page: int, among: str = "", asked: bool = False
    ) -> str:
        """A page of a lookup; `asked`: the page was typed ("--page 9"), not reached by /more."""
        result = api.lookup(article, keyword, limit, page)
        self.looked_up = True
        self.last_lookup = (article.id, keyword, limit, page) if result.end < result.total else None
        if result.start and not result.hits:
            # "--page 9" of two matches: say where they are; /more past the last: no more.
            return render(result) if asked else "No more results."
        more = f"\n\n{_next_page(result)} (type /more)" if self.last_lookup else ""
        return render(result) + among + more

    def _switch(self, ref: str) -> str:
        if not ref:
            return "Articles: " + ", ".join(self.library.ids)
        article = self.library.get(ref)
        self.article_ref = article.id
        return f"Now answering about: {article.title}"

    def _run(self, typed: Typed) -> str:
        if self.article_ref is None and len(self.library.ids) > 1 and typed.name in _AMONG:
            return self._among(typed)
        article = self.library.get(self.article_ref)
        if typed.name == "lookup":
            limit = typed.number_or(constants.LOOKUP_DEFAULT_LIMIT)
            page = 1 if typed.page is None else typed.page
            return self._lookup(article, typed.text, limit, page, asked=typed.page is not None)
        calls: dict[str, Callable[[], object]] = {
            "summary": lambda: api.summary(article, typed.number_or(constants.SUMMARY_DEFAULT_SENTENCES)),
            "quote": lambda: api.quote(article, typed.text),
            "speakers": lambda: api.speakers(article),
            "ask": lambda: api.ask(article, typed.text),
            "about": lambda: api.about(article),
        }
        return render(calls[typed.name]())

    def _among(self, typed: Typed) -> str:
        """The reply of the article `typed` is about, among all loaded, and which article it is."""
        articles = _Loading(self.library)
        if typed.name == "lookup":
            limit = typed.number_or(constants.LOOKUP_DEFAULT_LIMIT)
            found_in, found = api.lookup_among(articles, typed.text, limit)
            if not found.hits:
                return render(found)
            page = 1 if typed.page is None else typed.page
            return self._lookup(found_in, typed.text, limit, page, _from(found_in), typed.page is not None)
        if typed.name == "quote":
            found_in, result = api.quote_among(articles, typed.text)
        else:
            found_in, result = api.ask_among(articles, typed.text)
        reply = render(result)
        # "None of the 3 loaded articles mentions Merkel." is about them all, no one article.
        return reply if "loaded articles" in reply else reply + _from(found_in)


def _from(article: Article) -> str:
    return f"\n    (article: {article.id}; /article {article.id} to stay with it)"


class _Loading(Sequence[Article]):
    """The library's articles, each parsed when first reached: a question answered by the first
    reads no other."""

    def __init__(self, library: Library, ids: Sequence[str] | None = None) -> None:
        self.library = library
        self.ids = list(library.ids if ids is None else ids)

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, at):  # type: ignore[override]
        if isinstance(at, slice):
            return _Loading(self.library, self.ids[at])
        return self.library.get(self.ids[at])
