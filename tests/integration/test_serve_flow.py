"""`attune serve` end to end with the real engines on tiny runs trained in the test: the
`openai` client over loopback, concurrent requests decoded together equal to one at a
time, classification with the run's detector, and an assistant composing both."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import openai
import pytest
import torch
import yaml

from attune.commands.train import run_train
from attune.serve.app import create_app
from attune.serve.loading import build_services
from attune.serve.settings import ServeSettings
from helpers import build_tiny_bert, build_tiny_llama
from integration.flows import intent_rows, write_config
from loopback import serving

pytestmark = pytest.mark.integration

DIALOGUES = [
    ("Hello!", "Hi! How can I help you today?"),
    ("What is 2+2?", "It is 4."),
    ("Who are you?", "I am Ada, Sam's assistant."),
    ("What is the capital of France?", "The capital of France is Paris."),
]

UNSEEN = ["Tell me a story.", "What is the weather like in the mountains today?", "Why?", "Ok"]


@pytest.fixture(scope="module", autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


@pytest.fixture(scope="module")
def chat_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny Llama that has learned the four dialogues word for word."""
    folder = tmp_path_factory.mktemp("chat")
    model = build_tiny_llama(folder / "tiny-llama")
    data = folder / "chats.jsonl"
    rows = [
        {"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": a}]}
        for q, a in DIALOGUES
    ]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    train = {"method": "full", "epochs": 100, "lr": 1e-2, "schedule": "constant", "batch_size": 4}
    train |= {"warmup_ratio": 0.0, "weight_decay": 0.0, "precision": "fp32", "threads": 1}
    raw = {
        "task": "chat",
        "model": str(model),
        "output_dir": str(folder / "tiny-chat"),
        "data": {"train": str(data), "validation_fraction": 0.0, "max_length": 64},
        "train": {**train, "seed": 0},
        "eval": {"max_new_tokens": 16, "prompts": 1},
    }
    config = folder / "chat.yaml"
    config.write_text(yaml.safe_dump(raw), encoding="utf-8")
    run_train(str(config), [], resume=False, overwrite=True, quiet=True)
    return folder / "tiny-chat"


@pytest.fixture(scope="module")
def intent_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("intents")
    model = build_tiny_bert(folder / "tiny-bert")
    data = folder / "intents.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in intent_rows()), encoding="utf-8")
    config = write_config(folder, model, data, folder / "tiny-intents", epochs=8)
    run_train(str(config), [], resume=False, overwrite=True, quiet=True)
    return folder / "tiny-intents"


def ask(client: openai.OpenAI, question: str, max_tokens: int = 24) -> str:
    reply = client.chat.completions.create(
        model="tiny-chat",
        messages=[{"role": "user", "content": question}],
        temperature=0,
        max_tokens=max_tokens,
    )
    return reply.choices[0].message.content or ""


def test_openai_client_against_the_real_engines(chat_run: Path, intent_run: Path) -> None:
    services = build_services([str(chat_run), str(intent_run)], None, ServeSettings())
    with serving(create_app(services)) as url:
        client = openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0)
        assert {m.id for m in client.models.list()} == {"tiny-chat", "tiny-intents"}
        for question, answer in DIALOGUES:
            assert ask(client, question) == answer
        stream = client.chat.completions.create(
            model="tiny-chat",
            messages=[{"role": "user", "content": "What is 2+2?"}],
            temperature=0,
            stream=True,
        )
        assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == "It is 4."
        # Unseen questions ramble to max_tokens: rows of many lengths, joining mid-flight.
        questions = [q for q, _ in DIALOGUES] + UNSEEN
        alone = {q: ask(client, q, max_tokens=40) for q in questions}
        with ThreadPoolExecutor(max_workers=8) as pool:
            together = list(pool.map(lambda q: ask(client, q, max_tokens=40), questions * 2))
        assert together == [alone[q] for q in questions * 2]
        labels = client.post("/classify", body={"texts": ["rain tomorrow please"]}, cast_to=object)
        assert isinstance(labels, dict) and labels["data"][0]["label"] == "weather"


def test_assistant_composes_the_classifier_and_the_chat(
    chat_run: Path, intent_run: Path, tmp_path: Path
) -> None:
    config = {
        "classifier": str(intent_run),
        "chat": str(chat_run),
        "intents": {"weather": {"reply": "It is sunny."}, "alarm": {"action": "set_alarm"}},
        "out_of_scope": {"chat": True},
    }
    path = tmp_path / "assistant.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    services = build_services([], str(path), ServeSettings())
    with serving(create_app(services)) as url:
        client = openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0)
        weather = client.chat.completions.create(
            model="assistant", messages=[{"role": "user", "content": "rain tomorrow please"}]
        )
        assert weather.choices[0].message.content == "It is sunny."
        assert (weather.model_extra or {})["attune"]["route"] == "reply"
        alarm = client.chat.completions.create(
            model="assistant", messages=[{"role": "user", "content": "set alarm timer for me"}]
        )
        assert (alarm.model_extra or {})["attune"]["action"] == "set_alarm"
        music = client.chat.completions.create(
            model="assistant",
            messages=[{"role": "user", "content": "play the song please"}],
            temperature=0,
            max_tokens=8,
        )
        assert (music.model_extra or {})["attune"]["route"] == "chat"


def test_an_export_serves_like_its_run(chat_run: Path, tmp_path: Path) -> None:
    from attune.commands.export import run_export

    run_export(str(chat_run), str(tmp_path / "tiny-chat-merged"), True, None, False)
    services = build_services([str(tmp_path / "tiny-chat-merged")], None, ServeSettings())
    with serving(create_app(services)) as url:
        client = openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0)
        reply = client.chat.completions.create(
            model="tiny-chat-merged",
            messages=[{"role": "user", "content": "Who are you?"}],
            temperature=0,
        )
        assert reply.choices[0].message.content == "I am Ada, Sam's assistant."
