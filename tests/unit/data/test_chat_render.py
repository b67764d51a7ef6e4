"""render_conversation: exactly the assistant content and its end-of-turn token are learned."""

from __future__ import annotations

from typing import Any

import pytest

from attune.data.conversations import Message
from attune.data.render import IGNORE_INDEX, render_conversation, show_learned
from attune.errors import AttuneError
from helpers import build_llama_tokenizer

CONVERSATION = (
    Message("system", "You are Ada."),
    Message("user", "Who are you?"),
    Message("assistant", "I am Ada, Sam's assistant."),
    Message("user", "What is 2+2?"),
    Message("assistant", "It is 4."),
)


@pytest.fixture(scope="module")
def tiny_tokenizer() -> Any:
    return build_llama_tokenizer()


def learned_runs(tokenizer: Any, labels: list[int]) -> list[str]:
    """Decode each contiguous run of learned labels."""
    runs: list[list[int]] = []
    previous = False
    for label in labels:
        if label != IGNORE_INDEX:
            if not previous:
                runs.append([])
            runs[-1].append(label)
        previous = label != IGNORE_INDEX
    return [tokenizer.decode(run, skip_special_tokens=False) for run in runs]


def check_masks(tokenizer: Any, messages: tuple[Message, ...]) -> None:
    rendered = render_conversation(tokenizer, messages)
    eot = tokenizer.convert_tokens_to_ids("<|im_end|>")
    expected = [f"{m.content}<|im_end|>" for m in messages if m.learned]
    assert learned_runs(tokenizer, rendered.labels) == expected
    # Labels equal the ids where learned; the ids are the template's own tokenization.
    assert all(
        lab in (IGNORE_INDEX, tok)
        for tok, lab in zip(rendered.input_ids, rendered.labels, strict=True)
    )
    chats = [m.to_dict() for m in messages]
    templated = tokenizer.apply_chat_template(chats, tokenize=True, return_dict=False)
    assert rendered.input_ids == list(templated)
    learned_eots = [
        t for t, lab in zip(rendered.input_ids, rendered.labels, strict=True) if lab == eot
    ]
    assert len(learned_eots) == len(expected)
    assert rendered.learned == sum(lab != IGNORE_INDEX for lab in rendered.labels)
    assert not rendered.truncated


def test_tiny_tokenizer_learns_assistant_content_and_eot(tiny_tokenizer: Any) -> None:
    check_masks(tiny_tokenizer, CONVERSATION)


def test_role_headers_and_separators_are_not_learned(tiny_tokenizer: Any) -> None:
    rendered = render_conversation(tiny_tokenizer, CONVERSATION)
    start = tiny_tokenizer.convert_tokens_to_ids("<|im_start|>")
    positions = [i for i, t in enumerate(rendered.input_ids) if t == start]
    assert positions and all(rendered.labels[i] == IGNORE_INDEX for i in positions)
    assert rendered.labels[-1] == IGNORE_INDEX  # the newline after the last <|im_end|>
    assert tiny_tokenizer.decode(rendered.input_ids[-1:]) == "\n"


def test_weight_zero_turn_is_not_learned(tiny_tokenizer: Any) -> None:
    messages = (
        Message("user", "Hi"),
        Message("assistant", "Bad answer", weight=0),
        Message("user", "Again"),
        Message("assistant", "Good answer", weight=1),
    )
    rendered = render_conversation(tiny_tokenizer, messages)
    assert learned_runs(tiny_tokenizer, rendered.labels) == ["Good answer<|im_end|>"]
    check_masks(tiny_tokenizer, messages)


def test_dicts_are_accepted_like_messages(tiny_tokenizer: Any) -> None:
    as_dicts = [m.to_dict() for m in CONVERSATION]
    assert render_conversation(tiny_tokenizer, as_dicts) == render_conversation(
        tiny_tokenizer, CONVERSATION
    )


def test_truncation_keeps_the_beginning(tiny_tokenizer: Any) -> None:
    whole = render_conversation(tiny_tokenizer, CONVERSATION)
    cut = render_conversation(tiny_tokenizer, CONVERSATION, max_length=20)
    assert cut.truncated and len(cut) == 20
    assert cut.input_ids == whole.input_ids[:20] and cut.labels == whole.labels[:20]
    exact = render_conversation(tiny_tokenizer, CONVERSATION, max_length=len(whole))
    assert not exact.truncated and exact == whole


def test_show_learned_marks_spans(tiny_tokenizer: Any) -> None:
    text = show_learned(tiny_tokenizer, render_conversation(tiny_tokenizer, CONVERSATION))
    assert "⟦I am Ada, Sam's assistant.<|im_end|>⟧" in text
    assert "⟦It is 4.<|im_end|>⟧" in text and text.count("⟦") == 2


def test_tokenizer_without_template_is_a_user_error(tiny_tokenizer: Any) -> None:
    tokenizer = build_llama_tokenizer()
    tokenizer.chat_template = None
    with pytest.raises(AttuneError, match="no chat template"):
        render_conversation(tokenizer, CONVERSATION)


@pytest.mark.real
def test_smollm2_learns_assistant_content_and_eot() -> None:
    from attune.models.load import load_tokenizer

    try:
        tokenizer = load_tokenizer("smollm2-135m")
    except AttuneError as exc:  # the embedded model is not installed here
        pytest.skip(str(exc))
    check_masks(tokenizer, CONVERSATION)
    # Without a system message SmolLM2's template adds its own; nothing of it is learned.
    no_system = CONVERSATION[1:]
    check_masks(tokenizer, no_system)
    text = show_learned(tokenizer, render_conversation(tokenizer, no_system))
    assert "named SmolLM" in text and text.count("⟦") == 2
