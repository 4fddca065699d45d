"""The Compose counter's rules, without widgets: numbers typed, personalized cost, culprits."""

from __future__ import annotations

from smsdesk.core.drafts import Draft, Recipient, analyze_draft, culprit_report, describe_char, split_numbers


def test_typed_numbers_split_on_separators_but_never_inside_a_number() -> None:
    assert split_numbers("+886 912-345-678\n0912345678，0987 654 321；\n\n 0911-222-333、") == [
        "+886 912-345-678", "0912345678", "0987 654 321", "0911-222-333"]


def test_the_counter_measures_the_longest_personal_message_and_totals_the_points() -> None:
    people = [Recipient("+886912345678", "王", {"姓名": "王"}),
              Recipient("+886912345679", "歐陽", {"姓名": "歐陽" * 40}),
              Recipient("0200", valid=False)]
    a = analyze_draft(Draft("twsms", "twsms", text="{姓名} 您好，週末全館 85 折。", recipients=people))
    assert (a.recipients, a.invalid) == (2, 1)
    assert a.sample_index == 1 and a.sample.startswith("歐陽歐陽")  # the expensive one is shown
    assert a.info.encoding == "UCS-2"
    assert a.points == 1 + 2  # 15 characters: 1 segment; 95: 2 segments of 67
    assert not a.refused


def test_a_missing_placeholder_value_is_counted_per_recipient() -> None:
    people = [Recipient("+886912345678", "", {"門市": ""}), Recipient("+886912345679", "", {"門市": "台北"})]
    a = analyze_draft(Draft("twsms", "twsms", text="{門市}週末特價", recipients=people))
    assert a.missing_rows == 1 and a.first_missing == 0 and a.missing_names == ["門市"]


def test_culprits_are_only_reported_where_a_fix_saves_segments() -> None:
    chars, fixes = culprit_report("Thanks \u201cfriend\u201d\uff0c see you")
    assert chars == ["\u201c", "\u201d", "\uff0c"] and fixes
    assert "LEFT DOUBLE QUOTATION MARK" in describe_char("\u201c").upper()
    assert culprit_report("您好\u201c朋友\u201d") == ([], [])  # Chinese is UCS-2 whatever is done
    assert culprit_report("plain text") == ([], [])
