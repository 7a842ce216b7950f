"""eval/dm_val.py: Daily Mail test-split articles joined with their highlights as a summary set."""

from tests.eval_scripts import load_eval_script

dm_val = load_eval_script("dm_val")

PIER = (
    "The seaside pier at Saltby reopened on Friday after a storm tore away its deck. "
    "Repairs cost the council two million pounds. Scroll down for video. Crowds queued from dawn."
)
BAKERY = (
    "A village bakery in Hollins has won the national loaf prize for its sourdough. "
    "Owner Maria Pellow said the starter was forty years old."
)
CNN_STORY = "London (CNN)The seaside pier at Saltby reopened on Friday after a storm tore away its deck."
REFERENCES = [
    " Village bakery in Hollins wins the national loaf prize.   "
    "Owner Maria Pellow says the starter is forty years old. ",
    " Seaside pier at Saltby reopened on Friday.   Repairs cost the council two million pounds. ",
    " Flood defences for Marrow Bay are approved by ministers. ",
]


def _written(folder):
    return sorted(path.name for path in folder.iterdir())


def test_each_article_gets_the_highlights_that_tell_its_story(tmp_path):
    assert dm_val.write_set([PIER, BAKERY], REFERENCES, tmp_path) == 2
    assert (tmp_path / "0001.highlights.txt").read_text(encoding="utf-8").splitlines() == [
        "Seaside pier at Saltby reopened on Friday.",
        "Repairs cost the council two million pounds.",
    ]
    assert (tmp_path / "0002.highlights.txt").read_text(encoding="utf-8").startswith("Village bakery")


def test_an_article_is_written_on_one_line(tmp_path):
    dm_val.write_set([PIER], REFERENCES, tmp_path)
    assert (tmp_path / "0001.txt").read_text(encoding="utf-8") == PIER + "\n"


def test_a_cnn_story_is_left_out(tmp_path):
    assert dm_val.write_set([CNN_STORY, BAKERY], REFERENCES, tmp_path) == 1
    assert _written(tmp_path) == ["0001.highlights.txt", "0001.txt"]


def test_an_article_no_highlights_tell_is_left_out(tmp_path):
    orchard = "An orchard in Kent has grown a pear the size of a football, its owner said on Monday."
    assert dm_val.write_set([orchard], REFERENCES, tmp_path) == 0


def test_an_article_of_the_excluded_set_is_left_out(tmp_path):
    exclude = [dm_val._shingles(PIER)]
    assert dm_val.write_set([PIER, BAKERY], REFERENCES, tmp_path, exclude) == 1
    assert (tmp_path / "0001.txt").read_text(encoding="utf-8") == BAKERY + "\n"


def test_the_files_are_read_from_a_checkout_holding_them(tmp_path):
    data = tmp_path / "checkout" / dm_val.SOURCES_PATH
    data.parent.mkdir(parents=True)
    data.write_text(PIER + "\n", encoding="utf-8")
    assert dm_val.lines(dm_val.read_text(tmp_path / "checkout", dm_val.SOURCES_PATH)) == [PIER]
