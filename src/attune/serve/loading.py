"""From run (or export) folders to the services a server holds.

Each folder is served under its own name (`runs/demo-chat` → model `demo-chat`); its task
comes from its config. An assistant config adds the runs it names and composes them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from attune.errors import AttuneError
from attune.runs import load_run_config, run_system_prompt
from attune.serve.assistant import AssistantConfig, check_against_labels, load_assistant_config
from attune.serve.chat_service import ChatService, DecoderBackend
from attune.serve.classify_service import ClassifyService
from attune.serve.people import People, parse_adapter_name
from attune.serve.retrain_jobs import RetrainJobs
from attune.serve.services import Assistant, Services
from attune.serve.settings import ServeSettings


def build_services(
    runs: list[str],
    assistant_file: str | None,
    settings: ServeSettings,
    store_root: Path | None = None,
    database: str | None = None,
) -> Services:
    """Load every run once (the assistant's included) and wire the assistant; with a people
    store, chat runs serve each person's adapter on the run's model."""
    config = load_assistant_config(Path(assistant_file)) if assistant_file else None
    folders = [Path(run) for run in runs]
    if config is not None:
        folders += [Path(config.classifier)] + ([Path(config.chat)] if config.chat else [])
    if not folders:
        raise AttuneError(
            "nothing to serve",
            fix="name run folders (attune serve runs/demo runs/demo-chat) or --assistant FILE",
        )
    services = Services(settings=settings)
    if store_root is not None:
        services.people = open_people(store_root, database)
    names: dict[Path, str] = {}
    for folder in folders:
        resolved = folder.resolve()
        if resolved not in names:
            names[resolved] = add_run(services, folder, settings)
    if config is not None:
        services.assistant = wire_assistant(services, config, names)
    return services


def add_run(services: Services, folder: Path, settings: ServeSettings) -> str:
    """Load one run into `services`; returns the name it is served under."""
    from attune.export.load import load_chat_for_serving, load_classifier_for_serving

    if not (folder / "config.yaml").is_file() or not (folder / "model").is_dir():
        raise AttuneError(
            "not a run or export folder (no config.yaml and model/)",
            where=str(folder),
            fix="pass the folder `attune train` or `attune export` wrote",
        )
    name = folder.resolve().name
    if name in services.chats or name in services.classifiers:
        raise AttuneError(
            f"two served folders are both named {name!r}",
            where=str(folder),
            fix="serve folders with different names (the name is the model id)",
        )
    if load_run_config(folder).task == "chat":
        model, tokenizer = load_chat_for_serving(folder)
        adapters = None
        if services.people is not None:
            model, adapters = with_people_adapters(model, services.people, settings)
        prompt = run_system_prompt(folder)
        backend = DecoderBackend(model, tokenizer, prompt, settings.max_batch, adapters)
        if services.people is not None:  # forgetting a person unloads their adapters too
            services.people.store.forget_hooks.append(backend.decoder.forget)
            if services.people.jobs is None:  # retrain on the first chat run served
                services.people.jobs = RetrainJobs(services.people.store, folder)
        services.chats[name] = ChatService(name, backend, settings)
    else:
        run = load_classifier_for_serving(folder)
        services.classifiers[name] = ClassifyService(name, run, settings.classify_batch)
    return name


def wire_assistant(
    services: Services, config: AssistantConfig, names: dict[Path, str]
) -> Assistant:
    classifier = names[Path(config.classifier).resolve()]
    chat = names[Path(config.chat).resolve()] if config.chat else None
    if classifier not in services.classifiers:
        raise AttuneError(
            "the assistant's `classifier` is not a classification run", where=config.classifier
        )
    if chat is not None and chat not in services.chats:
        raise AttuneError("the assistant's `chat` is not a chat run", where=str(config.chat))
    taken = set(services.chats) | set(services.classifiers)
    if config.name in taken:
        raise AttuneError(f"the assistant's name {config.name!r} is also a served run's name")
    check_against_labels(config, services.classifiers[classifier].labels, chat is not None)
    return Assistant(config, classifier, chat)


def open_people(root: Path, database: str | None) -> People:
    """The people store at `root` (made by `attune users add`, never here)."""
    from attune.people.store import open_store

    return People(open_store(root, database, create=False))


def with_people_adapters(model: Any, people: People, settings: ServeSettings) -> tuple[Any, Any]:
    """The run's (merged) model as the shared base of everyone's adapters, and the cache
    that loads a person's active version on demand (`alice@v3` → the store's folder)."""
    from attune.serve.adapter_slots import SlotAdapterCache, build_slot_model

    shared = build_slot_model(model)
    store = people.store

    def folder_of(name: str) -> Path:
        return store.adapter_folder(*parse_adapter_name(name))

    root = store.root / "adapters"
    cache = SlotAdapterCache(shared, settings.max_adapters, folder_of, root=root)
    return shared, cache
