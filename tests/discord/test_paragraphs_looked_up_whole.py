"""`/lookup ¶6` of a paragraph longer than a lookup hit shows it whole, on pages cut between
sentences, as the read menu does (it was cut at 900 characters with "…"); several references too."""

from __future__ import annotations

from tests.discord.test_e2e import buttons, press, reply_message, run

SENTENCES = " ".join(f"Sentence {n} of the long report covers pier {n} in some detail." for n in range(1, 80))


async def long_paragraph_bot(start_bot, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(
        f"Title: Pier report\n\nThe council published its pier report.\n\n{SENTENCES}\n\nThe end.\n"
    )
    await start_bot(path)


async def test_a_long_paragraph_looked_up_by_number_is_shown_whole_on_pages(fake, start_bot, tmp_path):
    await long_paragraph_bot(start_bot, tmp_path)
    reply = await run(fake, "lookup", keyword="¶2")
    first = reply.message["embeds"][0]
    assert first["author"]["name"] == "¶2" and first["footer"]["text"].endswith("page 1/2")
    assert first["description"].startswith("**¶2** Sentence 1 of")
    assert "…" not in first["description"]
    after = await press(fake, reply_message(fake, reply), "Next")
    rest = after.message["embeds"][0]["description"]
    assert rest.startswith("**¶2 (continued)** ") and rest.endswith("covers pier 79 in some detail.")
    shown = first["description"] + rest
    assert all(f"covers pier {n} in" in shown for n in range(1, 80))


async def test_several_references_show_a_long_paragraph_whole_too(fake, start_bot, tmp_path):
    await long_paragraph_bot(start_bot, tmp_path)
    reply = await run(fake, "lookup", keyword="¶1 ¶2 ¶3")
    pages = [reply.message["embeds"][0]["description"]]
    message = reply_message(fake, reply)
    while not buttons(message)["Next"]["disabled"]:
        pressed = await press(fake, message, "Next")
        pages.append(pressed.message["embeds"][0]["description"])
        message = reply_message(fake, pressed)
    shown = "\n\n".join(pages)
    assert all(f"covers pier {n} in" in shown for n in range(1, 80)) and "The end." in shown


async def test_a_paragraph_longer_than_a_page_starts_beside_the_one_before_it(fake, start_bot, tmp_path):
    # "¶1 ¶2 ¶3" showed ¶1 alone on page 1: ¶2, cut between sentences anyway, opened page 2.
    await long_paragraph_bot(start_bot, tmp_path)
    reply = await run(fake, "lookup", keyword="¶1 ¶2 ¶3")
    first = reply.message["embeds"][0]["description"]
    assert first.startswith("**¶1** The council published its pier report.\n\n**¶2** Sentence 1 of")
    assert len(first) > 3000 and first.endswith("in some detail.")
    after = await press(fake, reply_message(fake, reply), "Next")
    assert after.message["embeds"][0]["description"].startswith("**¶2 (continued)** Sentence ")


async def test_a_paragraph_that_fits_a_page_is_never_cut_to_fill_the_one_before(fake, start_bot, tmp_path):
    half = " ".join(f"Line {n} of the plan names berth {n} and its new crane." for n in range(1, 40))
    path = tmp_path / "plan.txt"
    path.write_text(f"Title: Berth plan\n\n{half}\n\n{half.replace('plan', 'budget')}\n\nThe end.\n")
    await start_bot(path)
    reply = await run(fake, "lookup", keyword="¶1 ¶2")
    assert reply.message["embeds"][0]["description"].startswith("**¶1** Line 1 of the plan")
    assert "¶2" not in reply.message["embeds"][0]["description"]
    after = await press(fake, reply_message(fake, reply), "Next")
    second = after.message["embeds"][0]["description"]
    assert second.startswith("**¶2** Line 1 of the budget") and second.endswith("its new crane.")
