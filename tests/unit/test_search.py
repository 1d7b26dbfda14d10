from planner.core.model import Interview
from planner.core.search import context_of


def test_context_is_cut_at_words_and_marked():
    text = " ".join(f"word{n}" for n in range(40)) + " the Needle here " + "tail " * 30
    context = context_of(text, "needle")
    assert "the Needle here" in context
    assert context.startswith("…") and context.endswith("…")
    assert context_of("nothing", "needle") is None


def test_store_search_finds_every_kind_of_field(store):
    interview = Interview(company="Umbrella", role="Chemist", location="Raccoon City")
    interview.prep["why_team"] = "I admire their zebrafish research"
    interview.notes["impress"] = "<p>Bring the <b>zebrafish</b> poster</p>"
    interview.add("story", title="Zebrafish assay", result="cut costs")
    interview.add("person", name="Ada", kind="senior", common_ground="zebrafish fans")
    interview_id = store.create(interview)
    hits = store.search("ZEBRAFISH")
    where = {(hit.kind, hit.field, hit.tab) for hit in hits}
    assert ("prep", "why_team", "likeable") in where
    assert ("notes", "notes", "impress") in where
    assert ("story", "title", "impress") in where
    assert ("person", "common_ground", "likeable") in where
    assert all(hit.interview_id == interview_id for hit in hits)
    assert store.search("raccoon")[0].where == "Header › Place or link"
    assert store.search("senior") == []  # a choice's stored key is not text a user typed
    assert store.search("b>zebra") == []  # markup of the notes is not searched
    assert store.search("   ") == []


def test_search_treats_wildcards_literally(store):
    store.create(Interview(company="100% Ltd", role="a_b"))
    store.create(Interview(company="Other", role="axb"))
    assert [h.context for h in store.search("a_b")] == ["a_b"]
    assert len(store.search("%")) == 1
