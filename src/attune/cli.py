"""The `attune` command line: parse and dispatch only.

User mistakes (`AttuneError`) are printed as one clear message and exit 2 (1 is kept for
"the data has errors" from `attune check`); a traceback means a bug in attune.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from attune.errors import AttuneError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="attune",
        description="Fine-tune a pre-trained transformer into one person's assistant.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = commands.add_parser("demo", help="the main job on embedded defaults, start to finish")
    demo.add_argument("--output-dir", default="runs/demo", help="where to write the run")
    demo.add_argument("--quiet", action="store_true", help="no progress bar")
    demo.add_argument("--skip-chat", action="store_true", help="the classifier part only")

    check = commands.add_parser("check", help="validate a data file; exit 1 on errors")
    check.add_argument("data", help="the data file (file.json#key picks a split)")
    check.add_argument("--task", choices=["classify", "chat"], default="classify")
    check.add_argument("--text-field", default=None)
    check.add_argument("--label-field", default=None)
    check.add_argument("--model", default=None, help="count tokens with this model's tokenizer")
    check.add_argument(
        "--max-length", type=int, default=None, help="tokens (default: classify 64, chat 1024)"
    )
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.add_argument("--validation", default=None, help="chat: validation file (overlap)")
    check.add_argument(
        "--format", default="auto", choices=["auto", "messages", "sharegpt", "alpaca"]
    )

    add_redact_parser(commands)

    train = commands.add_parser("train", help="fine-tune; writes the run directory")
    train.add_argument("config", help="YAML config (see configs/)")
    train.add_argument("--resume", action="store_true", help="continue from the newest checkpoint")
    train.add_argument("--overwrite", action="store_true", help="replace an existing run")
    train.add_argument("--quiet", action="store_true", help="no progress bar")

    evaluate = commands.add_parser("eval", help="evaluate a run; writes RUN/eval/")
    evaluate.add_argument("run")
    evaluate.add_argument("--data", default=None, help="labelled file to evaluate on")

    predict = commands.add_parser("predict", help="classify texts with a run")
    predict.add_argument("run")
    predict.add_argument("text", nargs="*", help="texts to classify")
    predict.add_argument("--file", default=None, help="a text file, one request a line")
    predict.add_argument("--top-k", type=int, default=3)
    predict.add_argument("--json", action="store_true", help="machine-readable output")

    chat = commands.add_parser("chat", help="talk to a chat run (or a chat model) in the terminal")
    chat.add_argument("run", help="a chat run folder, a model folder, or an alias (smollm2-135m)")
    chat.add_argument("-m", "--message", default=None, help="answer this one message and exit")
    chat.add_argument("--system", default=None, help='system prompt (default: the run\'s; "" none)')
    chat.add_argument("--max-new-tokens", type=int, default=256, help="longest reply in tokens")
    chat.add_argument("--sample", action="store_true", help="sample instead of greedy decoding")
    chat.add_argument("--json", action="store_true", help="with -m: machine-readable output")

    export = commands.add_parser("export", help="merge / compress a run for serving, self-checked")
    export.add_argument("run", help="a finished run folder")
    export.add_argument("out", help="the export folder to write (serve it with `attune serve`)")
    export.add_argument("--merge", action="store_true", help="fold a LoRA adapter into the base")
    export.add_argument("--quantize", choices=["int8"], default=None, help="int8 for CPU")
    export.add_argument("--overwrite", action="store_true", help="replace an existing export")

    serve = commands.add_parser("serve", help="the HTTP API: OpenAI-compatible chat, classify")
    serve.add_argument("runs", nargs="*", help="run or export folders (classification and chat)")
    serve.add_argument("--assistant", default=None, help="YAML composing a classifier and a chat")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--queue-limit", type=int, default=None, help="requests waiting at most")
    serve.add_argument("--max-batch", type=int, default=None, help="requests decoded together")
    serve.add_argument("--store", default=None, help="people store: API keys, per-person adapters")
    serve.add_argument("--database", default=None, help="the store's SQLAlchemy URL")
    serve.add_argument("--max-adapters", type=int, default=None, help="adapters kept in memory")
    serve.add_argument(
        "--keep-personal-data",
        action="store_true",
        help="store feedback as given (default: personal data replaced by placeholders)",
    )
    add_people_parsers(commands)
    return parser


def add_redact_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from attune.data.privacy import ENTITIES, MODES

    redact = commands.add_parser(
        "redact", help="write a copy of a data file with its personal data redacted"
    )
    redact.add_argument("data", help="JSONL, JSON, CSV or TSV; the copy keeps its format")
    redact.add_argument("out", nargs="?", default=None, help="default: NAME.redacted.EXT")
    redact.add_argument("--mode", choices=MODES, default="placeholder")
    redact.add_argument(
        "--entities", default=None, help=f"comma-separated (default all: {','.join(ENTITIES)})"
    )
    redact.add_argument(
        "--keep", action="append", default=[], help="a value never to redact (repeatable)"
    )
    redact.add_argument("--report", action="store_true", help="count only, write nothing")
    redact.add_argument("--overwrite", action="store_true", help="replace an existing OUT")
    redact.add_argument("--json", action="store_true", help="machine-readable report")


def add_people_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`users`, `versions`, `rollback`, `forget`, `retrain`: the people a server serves."""
    store = argparse.ArgumentParser(add_help=False)
    store.add_argument(
        "--store", default=None, help="store folder (default: $ATTUNE_STORE or ./attune-store)"
    )
    store.add_argument("--database", default=None, help="SQLAlchemy URL (default: STORE/attune.db)")

    users = commands.add_parser("users", help="people served by one server (API keys)")
    actions = users.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", parents=[store], help="add a person; prints their API key once")
    add.add_argument("name")
    add.add_argument("--admin", action="store_true", help="mark the person as an administrator")
    listing = actions.add_parser("list", parents=[store], help="everyone in the store")
    listing.set_defaults(name=None, admin=False)
    remove = actions.add_parser("remove", parents=[store], help="revoke a person's API key")
    remove.add_argument("name")
    remove.set_defaults(admin=False)

    versions = commands.add_parser("versions", parents=[store], help="a person's adapter versions")
    versions.add_argument("user")
    rollback = commands.add_parser(
        "rollback", parents=[store], help="serve an earlier (or any) adapter version of a person"
    )
    rollback.add_argument("user")
    rollback.add_argument("version", help="a version number: 3 or v3")
    forget = commands.add_parser("forget", parents=[store], help="delete everything of a person")
    forget.add_argument("user")
    forget.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    store_key = commands.add_parser(
        "store-key",
        parents=[store],
        help="print a new key for ATTUNE_STORE_KEY; --encrypt: encrypt a plain store with it",
    )
    store_key.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the plain store at --store in place with $ATTUNE_STORE_KEY "
        "(stop its server first)",
    )
    add_retrain_parser(commands, store)


def add_retrain_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], store: argparse.ArgumentParser
) -> None:
    """`retrain`: a person's next adapter version from their feedback, behind a gate."""
    retrain = commands.add_parser(
        "retrain", parents=[store], help="a person's next adapter from their feedback, gated"
    )
    retrain.add_argument("user")
    retrain.add_argument(
        "--base", required=True, help="the served base: a chat run/export folder or a model"
    )
    retrain.add_argument("--epochs", type=float, default=None, help="passes over the data")
    retrain.add_argument("--lr", type=float, default=None, help="peak LoRA learning rate")
    retrain.add_argument("--batch-size", type=int, default=None, help="packed rows per step")
    retrain.add_argument("--max-length", type=int, default=None, help="tokens per row")
    retrain.add_argument("--replay-size", type=int, default=None, help="earlier conversations")
    retrain.add_argument("--anchor-size", type=int, default=None, help="general conversations")
    retrain.add_argument(
        "--held-out-share", type=float, default=None, help="corrections kept for the gate"
    )
    retrain.add_argument(
        "--tolerance", type=float, default=None, help="anchor perplexity rise allowed (0.05)"
    )
    retrain.add_argument("--seed", type=int, default=None)
    retrain.add_argument("--threads", type=int, default=None, help="CPU threads for torch")


def dispatch(args: argparse.Namespace, overrides: list[str]) -> int:
    # Commands are imported here, not at the top: `attune --help` stays instant and
    # torch is only loaded by the commands that need it.
    if args.command == "demo":
        from attune.commands.demo import run_demo

        run_demo(args.output_dir, args.quiet, args.skip_chat)
    elif args.command == "check":
        from attune.commands.check import run_check

        return run_check(
            args.data,
            args.task,
            args.text_field,
            args.label_field,
            args.model,
            args.max_length,
            args.json,
            args.validation,
            args.format,
        )
    elif args.command == "redact":
        from attune.commands.redact import run_redact

        return run_redact(
            args.data,
            args.out,
            args.mode,
            args.entities,
            args.keep,
            args.report,
            args.overwrite,
            args.json,
        )
    elif args.command == "train":
        from attune.commands.train import run_train

        run_train(args.config, overrides, args.resume, args.overwrite, args.quiet)
    elif args.command == "eval":
        from attune.commands.evaluate import run_eval

        run_eval(args.run, args.data)
    elif args.command == "predict":
        from attune.commands.predict import run_predict

        run_predict(args.run, args.text, args.file, args.top_k, args.json)
    elif args.command == "chat":
        from attune.commands.chat import run_chat

        run_chat(args.run, args.message, args.system, args.max_new_tokens, args.sample, args.json)
    elif args.command == "export":
        from attune.commands.export import run_export

        run_export(args.run, args.out, args.merge, args.quantize, args.overwrite)
    elif args.command == "serve":
        from attune.commands.serve import run_serve

        run_serve(
            args.runs,
            args.assistant,
            args.host,
            args.port,
            {"queue_limit": args.queue_limit, "max_batch": args.max_batch},
            {
                "store": args.store,
                "database": args.database,
                "max_adapters": args.max_adapters,
                "redact_feedback": not args.keep_personal_data,
            },
        )
    elif args.command == "store-key":
        # Not through run_people: its open_store would refuse a plain store once a key is set.
        from attune.commands.people import run_store_key

        run_store_key(args)
    elif args.command in ("users", "versions", "rollback", "forget", "retrain"):
        from attune.commands.people import run_people

        run_people(args)
    return 0


def split_overrides(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """Separate config overrides (`--train.lr=3e-5`, `--output_dir=x`) from ordinary flags."""
    overrides, rest = [], []
    for item in argv:
        key = item[2:].partition("=")[0] if item.startswith("--") else ""
        if "=" in item and ("." in key or key in ("output_dir", "model", "task")):
            overrides.append(item[2:])
        else:
            rest.append(item)
    return overrides, rest


def quiet_libraries() -> None:
    """Keep transformers' own progress bars and advice out of attune's output."""
    import os

    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TQDM_MININTERVAL", "1")


def main(argv: Sequence[str] | None = None) -> int:
    overrides, rest = split_overrides(list(sys.argv[1:] if argv is None else argv))
    args = build_parser().parse_args(rest)
    if overrides and args.command != "train":
        print(
            f"attune: config overrides only apply to `attune train`: {overrides[0]}",
            file=sys.stderr,
        )
        return 2
    quiet_libraries()
    try:
        return dispatch(args, overrides)
    except AttuneError as exc:
        print(f"attune: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("attune: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
