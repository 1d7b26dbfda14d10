from planner.gui.widgets.fields import with_mnemonic


def test_each_label_of_a_form_gets_its_own_letter():
    used: set[str] = set()
    labels = [with_mnemonic(text, used) for text in ("Name:", "Notes:", "Job title:", "Role:")]
    assert labels == ["&Name:", "N&otes:", "&Job title:", "Ro&le:"]
    letters = [label[label.index("&") + 1].lower() for label in labels]
    assert len(set(letters)) == len(letters)
    assert not set(letters) & set("crdspfevih")  # the header's and the menus' letters


def test_a_label_with_no_free_letter_goes_without():
    used = set("abcdefghijklmnopqrstuvwxyz")
    assert with_mnemonic("Notes:", used) == "Notes:"
