"""`attune chat`: one answer with -m (plain and --json), the run's system prompt by default,
the terminal loop's commands, and user mistakes reported without a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import torch
import yaml
from transformers import AutoModelForCausalLM, AutoTokenizer

from attune.cli import main
from attune.commands import chat as chat_command
from attune.commands.chat import ChatSession, ChatTarget, chat_loop, run_system_prompt
from attune.models.chat import save_chat_model
from attune.models.generate import Reply, encode_prompt
from helpers import build_tiny_llama

torch.set_num_threads(1)

HELLO = [{"role": "user", "content": "Hello!"}]
ANSWER = "I am Ada."


def teach_answer(folder: Path, steps: int = 60) -> tuple[Any, Any]:
    """The tiny llama in `folder`, over-fitted to answer HELLO with ANSWER."""
    model = AutoModelForCausalLM.from_pretrained(folder)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    prompt = encode_prompt(tokenizer, HELLO)
    full = tokenizer.apply_chat_template(
        [*HELLO, {"role": "assistant", "content": ANSWER}], tokenize=True, return_dict=True
    )["input_ids"]
    labels = [-100] * len(prompt) + full[len(prompt) : -1] + [-100]  # answer + <|im_end|>
    x, y = torch.tensor([full]), torch.tensor([labels])
    torch.manual_seed(0)
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        model(input_ids=x, labels=y).loss.backward()
        optimiser.step()
        optimiser.zero_grad()
    return model.eval(), tokenizer


@pytest.fixture(scope="module")
def ada_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = build_tiny_llama(tmp_path_factory.mktemp("ada") / "model")
    model, tokenizer = teach_answer(folder)
    save_chat_model(model, tokenizer, folder)
    return folder


def make_run(root: Path, model_folder: Path, task: str = "chat", **data: Any) -> Path:
    """A finished full-fine-tune chat run: config.yaml and model/ (a copy of the model)."""
    run = root / "run"
    model, tokenizer = (
        AutoModelForCausalLM.from_pretrained(model_folder),
        AutoTokenizer.from_pretrained(model_folder),
    )
    save_chat_model(model, tokenizer, run / "model")
    config = {"task": task, "model": str(model_folder), "train": {"method": "full"}, "data": data}
    (run / "config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return run


def test_chat_message_json_through_the_cli(
    ada_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["chat", str(ada_folder), "-m", "Hello!", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    tokenizer = AutoTokenizer.from_pretrained(ada_folder)
    assert out == {
        "reply": ANSWER,
        "stopped": True,
        "tokens": len(tokenizer(ANSWER)["input_ids"]) + 1,
    }


def test_chat_message_cut_short_is_not_stopped(
    ada_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["chat", str(ada_folder), "-m", "Hello!", "--json", "--max-new-tokens", "2"]
    assert main(argv) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["stopped"] is False and out["tokens"] == 2
    assert ANSWER.startswith(out["reply"]) and out["reply"] != ANSWER


def test_chat_message_plain_text(ada_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["chat", str(ada_folder), "-m", "Hello!"]) == 0
    assert capsys.readouterr().out.strip() == ANSWER


def test_run_answers_with_its_system_prompt(
    tmp_path: Path,
    ada_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    run = make_run(tmp_path, ada_folder, system_prompt="You are Ada, Sam's assistant.")
    assert run_system_prompt(run) == "You are Ada, Sam's assistant."
    seen: list[list[dict[str, str]]] = []

    def fake_reply(model: Any, tokenizer: Any, messages: Any, *args: Any, **kw: Any) -> Reply:
        seen.append(list(messages))
        return Reply("ok", True, 2)

    monkeypatch.setattr(chat_command, "generate_reply", fake_reply)
    assert main(["chat", str(run), "-m", "Hello!", "--json"]) == 0
    assert main(["chat", str(run), "-m", "Hello!", "--system", "Be brief."]) == 0
    assert main(["chat", str(run), "-m", "Hello!", "--system", ""]) == 0
    assert [m[0] for m in seen] == [
        {"role": "system", "content": "You are Ada, Sam's assistant."},
        {"role": "system", "content": "Be brief."},
        HELLO[0],
    ]
    assert json.loads(capsys.readouterr().out.splitlines()[0])["reply"] == "ok"


def test_saved_system_prompt_file_wins(tmp_path: Path, ada_folder: Path) -> None:
    run = make_run(tmp_path, ada_folder, system_prompt="from the config")
    (run / "model" / "system_prompt.txt").write_text("from the file\n", encoding="utf-8")
    assert run_system_prompt(run) == "from the file"


def test_terminal_loop_streams_and_handles_commands(ada_folder: Path) -> None:
    model, tokenizer = teach_answer(build_tiny_llama(ada_folder.parent / "loop"))
    target = ChatTarget(model, tokenizer, None, "tiny Ada")
    lines = iter(["Hello!", "/system Be brief.", "/system", "/nope", "Hello!", "/reset", "/exit"])
    written: list[str] = []
    session = ChatSession(None)
    chat_loop(target, session, 32, read=lambda _: next(lines), write=written.append)
    text = "".join(written)
    assert f"assistant> {ANSWER}" in text  # streamed as it was made
    assert "system: Be brief." in text and "unknown command /nope" in text
    assert session.system_prompt == "Be brief." and session.history == []


def test_loop_drops_old_turns_that_do_not_fit(ada_folder: Path) -> None:
    tokenizer = AutoTokenizer.from_pretrained(ada_folder)
    session = ChatSession("sys")
    for i in range(6):
        session.history += [
            {"role": "user", "content": f"question {i}"},
            {"role": "assistant", "content": f"answer {i}"},
        ]
    session.history.append({"role": "user", "content": "last"})
    budget = len(encode_prompt(tokenizer, [session.messages()[0], *session.history[-3:]]))
    kept = chat_command.trim_history(tokenizer, session, budget)
    assert kept[0]["content"] == "sys" and [m["content"] for m in kept[1:]] == [
        "question 5",
        "answer 5",
        "last",
    ]


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["chat", "no-such-model-folder/x/y"], "not found"),
        (["chat", "{folder}", "--json"], "--json needs -m"),
        (["chat", "{folder}", "-m", "hi", "--max-new-tokens", "0"], "at least 1"),
    ],
)
def test_user_mistakes_exit_2(
    ada_folder: Path, capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    argv = [a.replace("{folder}", str(ada_folder)) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("attune: error:") and fragment in err and "Traceback" not in err


def test_classification_run_is_refused(
    tmp_path: Path, ada_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = make_run(tmp_path, ada_folder, task="classify")
    assert main(["chat", str(run), "-m", "hi"]) == 2
    assert "attune predict" in capsys.readouterr().err


def test_demo_chat_config_and_assets_load() -> None:
    from attune.commands.demo import chat_demo_config, demo_asset
    from attune.data.conversations import load_conversations
    from attune.data.persona import load_persona, persona_system_prompt

    config = chat_demo_config("runs/x-chat")
    assert config.task == "chat" and config.train.method == "lora"
    assert config.data.persona is not None and config.data.train is not None
    persona = load_persona(config.data.persona)
    assert persona.assistant_name == "Pip" and persona.user_name == "Maya"
    assert "Biscuit" in persona_system_prompt(persona)
    loaded = load_conversations(config.data.train)
    assert loaded.problems == [] and len(loaded.conversations) >= 30
    assert Path(config.data.train) == demo_asset("chat.jsonl")
