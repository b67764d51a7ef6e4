"""`attune users add|list|remove`, `attune versions USER`, `attune rollback USER V`,
`attune forget USER` and `attune retrain USER`: the people one server serves, kept in a
store folder (`--store DIR`, default `$ATTUNE_STORE` or `./attune-store`)."""

from __future__ import annotations

import argparse
import dataclasses
import math
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from attune.errors import AttuneError
from attune.people.names import check_version
from attune.people.schema import AdapterVersion, ForgetReport, User
from attune.people.store import Store, open_store

if TYPE_CHECKING:
    from attune.people.retrain import RetrainConfig, RetrainResult

DEFAULT_STORE = "attune-store"


def run_people(args: argparse.Namespace) -> None:
    """Dispatch one of the people commands (`cli.py` parsed them)."""
    # Only `users add` may create a store: a mistyped --store elsewhere is an error, not
    # a new empty store.
    creates = args.command == "users" and args.action == "add"
    with open_store(store_root(args.store), args.database, create=creates) as store:
        if args.command == "users":
            run_users(store, args.action, args.name, args.admin)
        elif args.command == "versions":
            print(render_versions(args.user, store.versions(args.user)))
        elif args.command == "rollback":
            run_rollback(store, args.user, args.version)
        elif args.command == "forget":
            run_forget(store, args.user, args.yes)
        elif args.command == "retrain":
            run_retrain(store, args)


def store_root(store: str | None) -> Path:
    return Path(store or os.environ.get("ATTUNE_STORE") or DEFAULT_STORE)


def run_users(store: Store, action: str, name: str | None, admin: bool) -> None:
    if action == "list":
        print(render_users(store.list_users()))
    elif action == "add" and name is not None:
        user, key = store.add_user(name, admin)
        role = "admin" if user.is_admin else "user"
        print(f"added {role} {user.name}; API key (shown once, keep it now):")
        print(key)
    elif action == "remove" and name is not None:
        store.remove_user(name)
        print(f"{name}'s API key is revoked; their versions and feedback are kept")
        print(f"(`attune forget {name}` deletes everything of {name})")


def render_users(users: list[User]) -> str:
    if not users:
        return "no users yet (add one with `attune users add NAME`)"
    lines = [f"{'name':<24} {'role':<6} {'key':<8} created"]
    for user in users:
        role = "admin" if user.is_admin else "user"
        key = "active" if user.has_key else "revoked"
        lines.append(f"{user.name:<24} {role:<6} {key:<8} {user.created:%Y-%m-%d %H:%M} UTC")
    return "\n".join(lines)


def render_versions(user: str, versions: list[AdapterVersion]) -> str:
    if not versions:
        return f"{user} has no adapter versions yet"
    lines = [f"{user}: {len(versions)} adapter version(s); * = served"]
    for v in versions:
        parent = f"v{v.parent}" if v.parent is not None else "-"
        numbers = " ".join(
            f"{k}={value:.4g}"
            for k, value in v.eval.items()
            if isinstance(value, int | float) and not isinstance(value, bool)
        )
        lines.append(
            f"{'*' if v.active else ' '} v{v.version:<4} {v.created:%Y-%m-%d %H:%M} UTC  "
            f"parent {parent:<5} data {short(v.data_hash)}  base {short(v.base_model_hash)}"
            + (f"  {numbers}" if numbers else "")
        )
    return "\n".join(lines)


def short(digest: str | None) -> str:
    return digest[:12] if digest else "-"


def run_rollback(store: Store, user: str, version: str) -> None:
    before = store.active_version(user)
    after = store.activate(user, check_version(version))
    was = f" (was v{before.version})" if before is not None else ""
    print(f"{user}: v{after.version} is now served{was}")


def run_forget(store: Store, user: str, yes: bool) -> None:
    store.get_user(user)  # an unknown name is an error before any question is asked
    if not yes:
        confirm_forget(user)
    report = store.forget_user(user)
    print(render_forget(user, report, store))


def confirm_forget(user: str) -> None:
    if not sys.stdin.isatty():
        raise AttuneError(
            "forgetting a person deletes everything of theirs and needs a confirmation",
            where=f"attune forget {user}",
            fix="there is no terminal to ask on: pass --yes to confirm",
        )
    print(f"This deletes {user}'s key, adapter versions and feedback for good.")
    answer = input(f"Type {user} to confirm: ")
    if answer.strip() != user:
        raise AttuneError(
            "not confirmed: nothing was deleted",
            where=f"attune forget {user}",
            fix=f"type the name exactly ({user}), or pass --yes",
        )


def render_forget(user: str, report: ForgetReport, store: Store) -> str:
    counts = {
        "feedback": report.feedback,
        "versions": report.versions,
        "audit lines": report.audit,
        "adapter folders": report.folders,
    }
    lines = [f"forgot {user}: deleted " + ", ".join(f"{k}: {n}" for k, n in counts.items())]
    if not report.compacted:
        from attune.people.database import is_sqlite

        if is_sqlite(store.engine.url):
            lines.append(
                "warning: another process kept the database busy, so its write-ahead log "
                "(attune.db-wal) may still hold old pages; it is emptied when every process "
                "using the store (e.g. the server) has closed it"
            )
        else:
            lines.append("note: run your database's VACUUM so freed pages are overwritten")
    return "\n".join(lines)


def run_retrain(store: Store, args: argparse.Namespace) -> None:
    # torch and the model code load only for this command.
    from attune.people.retrain import retrain_user

    result = retrain_user(store, args.user, args.base, retrain_config(args))
    print(render_retrain(args.user, result))


def retrain_config(args: argparse.Namespace) -> RetrainConfig:
    """The defaults of `RetrainConfig`, with the flags given on the command line."""
    from attune.people.retrain import RetrainConfig

    given = {
        f.name: getattr(args, f.name)
        for f in dataclasses.fields(RetrainConfig)
        if getattr(args, f.name, None) is not None
    }
    return RetrainConfig(**given)


def render_retrain(user: str, result: RetrainResult) -> str:
    gate, counts, version = result.gate, result.counts, result.version
    reference = gate.reference_name + (" (served)" if gate.reference_name != "base" else "")
    lines = [
        f"{user}: trained v{version.version} in {counts['steps']} steps on "
        f"{counts['learned']} conversations from feedback, {counts['replay']} replayed, "
        f"{counts['anchor']} general ({counts['held_out']} corrections held out)",
        f"  {'':<26} {reference:>12} {'candidate':>12}",
        f"  {'held-out correction loss':<26} {number(gate.reference.held_out_loss):>12} "
        f"{number(gate.candidate.held_out_loss):>12}",
        f"  {'anchor perplexity':<26} {number(gate.reference.anchor_perplexity):>12} "
        f"{number(gate.candidate.anchor_perplexity):>12}  "
        f"({number(gate.anchor_rise, '+.1%')}; tolerance +{gate.tolerance:.1%})",
    ]
    if result.activated:
        lines.append(f"released: v{version.version} is now served ({gate.reason})")
    else:
        kept = "the base model" if gate.reference_name == "base" else gate.reference_name
        lines.append(
            f"not released: v{version.version} is registered, {kept} stays served ({gate.reason})"
        )
        lines.append(f"(`attune rollback {user} {version.version}` serves it anyway)")
    return "\n".join(lines)


def number(value: float | None, spec: str = ".4g") -> str:
    """`value` formatted, or "-" when there is none or it is not finite (diverged)."""
    return "-" if value is None or not math.isfinite(value) else format(value, spec)


def run_store_key(args: argparse.Namespace) -> None:
    """`attune store-key`: a new store key on stdout (for `export ATTUNE_STORE_KEY=$(…)`);
    with `--encrypt`, encrypt the plain store at --store in place with $ATTUNE_STORE_KEY."""
    from attune.people.crypto import KEY_VARIABLE

    if not args.encrypt:
        from attune.people.crypto import new_key

        print(new_key())
        print(
            f"set {KEY_VARIABLE} to this key for every attune command and server using the "
            "store; keep a copy somewhere safe: without it the store cannot be read",
            file=sys.stderr,
        )
        return
    from attune.people.encryption import encrypt_store

    root = store_root(args.store)
    report = encrypt_store(root, args.database)
    print(
        f"encrypted {root}: {report.feedback} feedback rows, {report.files} conversation files"
        f" (from now on it opens only with {KEY_VARIABLE} set to this key)"
    )
    if not report.compacted:
        print(
            "warning: another process kept the database busy, so its write-ahead log may "
            "still hold plain text; it is emptied once every process using the store closed it"
        )
