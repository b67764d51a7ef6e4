"""Personal-data detection: attune's `find_personal_data` vs Presidio's pattern recognisers.

The set is `data/personal_data_eval.jsonl` (written by `data/make_personal_data_eval.py`,
without reading attune's detectors): chat messages, e-mails, tickets, code and logs with
their personal data marked, plus hard negatives (order numbers, versions, hashes, numbers
failing Luhn or mod-97, code, ...). The held-out set, `holdout/personal_data_holdout.jsonl`
(written by `holdout/make_personal_data_holdout.py` after the detectors were tuned on the first
set, without reading either), is the check that they generalise: it is scored the same way,
but its misses and false positives are only counted in the results (`--holdout-errors` lists
them), so that it stays held out. The fresh set, `fresh/personal_data_fresh.jsonl` (written by
`fresh/make_personal_data_fresh.py` after both, without reading them or the detectors), is the
final check and is held out the same way (`--fresh-errors` lists its errors). The final set,
`final/personal_data_final.jsonl` (written by `final/make_personal_data_final.py` after the three,
without reading them or the detectors, concentrated on the six target entities), was the fourth
blind check. The fifth, `blind/personal_data_blind.jsonl` (written by
`blind/make_personal_data_blind.py` after the fixes the fourth prompted, without reading the
detectors or the earlier sets), was the fifth blind check; the sixth,
`sixth/personal_data_sixth.jsonl` (written the same way after the fixes the fifth prompted),
was the sixth; the seventh, `seventh/personal_data_seventh.jsonl`, written the same way, was
the seventh; the eighth, `eighth/personal_data_eighth.jsonl`, was the eighth; the ninth,
`ninth/personal_data_ninth.jsonl`, was the blind check of the fixes the seventh and eighth
prompted; the tenth, `tenth/personal_data_tenth.jsonl`, was the blind check of the fixes the
ninth prompted; the eleventh, `eleventh/personal_data_eleventh.jsonl`, of those the tenth
prompted; the twelfth, `twelfth/personal_data_twelfth.jsonl`, of those the eleventh
prompted; the thirteenth, `thirteenth/personal_data_thirteenth.jsonl`, written the same way,
was the blind check of the fixes the twelfth prompted (`--thirteenth-errors` lists its errors;
every later set is held out the same way).

Scoring, per entity: a predicted span is a true positive when it overlaps a gold span of
the same entity; a gold span is found when a predicted span of its entity overlaps it.
precision = true-positive predictions / predictions, recall = found gold spans / gold spans,
F1 = 2PR / (P + R); "exact" counts only identical boundaries. An entity a detector does not
offer (attune's are read from `attune.data.privacy.ENTITIES` at run time) is "not detected".
Every miss, false positive and boundary mismatch is listed, with its text, in the JSON.

Presidio: its AnalyzerEngine needs a spaCy model download, so its predefined pattern
recognisers (e-mail, phone, credit card, IBAN, IP, US SSN) are called directly, with
`nlp_artifacts=None`, and merged with Presidio's own `remove_duplicates`. The score
threshold is the engine's default, 0 (every result kept): without an NLP engine there is no
context enhancement, which only raises scores, so at 0 the engine would keep the same spans.

    pip install presidio-analyzer==2.2.366     # or: pip install -e '.[bench]'
    python benchmarks/privacy_detection.py [--repeats 3] [--set SET] [--SET-errors]

Targets (attune): recall ≥ 0.98 and precision ≥ 0.95 for EMAIL, PHONE, CARD, IBAN, IP and
SSN, on each set. Speed, a secondary figure: texts per second over a whole set, median of 3
repeats.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import logging
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib.metadata import version
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attune.data.privacy import ENTITIES, find_personal_data  # noqa: E402
from common import load_average, machine_info, machine_line, pct, table, write_results  # noqa: E402

EVAL_FILE = Path(__file__).resolve().parent / "data" / "personal_data_eval.jsonl"
# The sets after the first, in the order they were written: key, file (in the folder named
# by its key), heading.
LATER_SETS = tuple(
    (key, Path(__file__).resolve().parent / key / f"personal_data_{key}.jsonl", heading)
    for key, heading in (
        ("holdout", "Held-out set"),
        ("fresh", "Fresh set"),
        ("final", "Final set"),
        ("blind", "Fifth set"),
        ("sixth", "Sixth set"),
        ("seventh", "Seventh set"),
        ("eighth", "Eighth set"),
        ("ninth", "Ninth set"),
        ("tenth", "Tenth set"),
        ("eleventh", "Eleventh set"),
        ("twelfth", "Twelfth set"),
        ("thirteenth", "Thirteenth set"),
        ("fourteenth", "Fourteenth set"),
        ("fifteenth", "Fifteenth set"),
        ("sixteenth", "Sixteenth set"),
        ("seventeenth", "Seventeenth set"),
        ("eighteenth", "Eighteenth set"),
        ("nineteenth", "Nineteenth set"),
        ("twentieth", "Twentieth set"),
        ("twentyfirst", "Twenty-first set"),
        ("twentysecond", "Twenty-second set"),
    )
)
NAME = "privacy_detection"
TARGET_ENTITIES = ("EMAIL", "PHONE", "CARD", "IBAN", "IP", "SSN")
REPORTED = (*TARGET_ENTITIES, "URL_SECRET", "API_KEY", "DOB", "ADDRESS", "PERSON")
TARGETS = {"recall": 0.98, "precision": 0.95}
PRESIDIO_VERSION = "2.2.366"
PRESIDIO_ENTITIES = {
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CARD",
    "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP",
    "US_SSN": "SSN",
}
REPEATS = 3
MARKDOWN_EXAMPLES = 12  # per entity and kind in the .md; the JSON has them all


class Span(NamedTuple):
    entity: str
    start: int
    end: int


@dataclass(frozen=True)
class Text:
    text: str
    spans: tuple[Span, ...]
    kind: str


@dataclass
class Detector:
    name: str
    detect: Callable[[str], list[Span]]
    offered: frozenset[str]
    about: str


# --- data and detectors ---------------------------------------------------------------------


def load_eval(path: Path = EVAL_FILE) -> list[Text]:
    """The labelled texts; a malformed line fails with its number and what to do."""
    texts = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            row = json.loads(line)
            spans = tuple(Span(s["entity"], s["start"], s["end"]) for s in row["spans"])
            texts.append(Text(row["text"], spans, row["kind"]))
        except (KeyError, TypeError, json.JSONDecodeError) as error:
            raise SystemExit(
                f"{path}:{number}: not an eval row ({error!r}); "
                f"regenerate it with {path.parent / ('make_' + path.stem + '.py')}"
            ) from error
    return texts


def attune_detector() -> Detector:
    def detect(text: str) -> list[Span]:
        return [Span(f.entity, f.start, f.end) for f in find_personal_data(text)]

    return Detector("attune", detect, frozenset(ENTITIES), "find_personal_data, all entities")


def presidio_detector() -> Detector | str:
    """Presidio's pattern recognisers, or why they cannot run here (never raises)."""
    # tldextract (behind Presidio's e-mail check) fetches the Public Suffix List on first
    # use; with no URLs it reads its bundled snapshot instead of failing over the network.
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    try:
        from presidio_analyzer import EntityRecognizer
        from presidio_analyzer.predefined_recognizers import (
            CreditCardRecognizer,
            EmailRecognizer,
            IbanRecognizer,
            IpRecognizer,
            PhoneRecognizer,
            UsSsnRecognizer,
        )
    except ImportError as error:
        return f"not installed ({error}): pip install presidio-analyzer=={PRESIDIO_VERSION}"
    try:
        recognisers = [
            EmailRecognizer(),
            PhoneRecognizer(),
            CreditCardRecognizer(),
            IbanRecognizer(),
            IpRecognizer(),
            UsSsnRecognizer(),
        ]

        def detect(text: str) -> list[Span]:
            results = []
            for recogniser in recognisers:
                entities = recogniser.supported_entities
                results += recogniser.analyze(text, entities=entities, nlp_artifacts=None)
            return [
                Span(PRESIDIO_ENTITIES[r.entity_type], r.start, r.end)
                for r in EntityRecognizer.remove_duplicates(results)
                if r.entity_type in PRESIDIO_ENTITIES
            ]

        detect("write to jane.doe@example.com or call +44 20 7946 0958")
    except Exception as error:  # any failure offline is a result to report, not a crash
        return f"failed to run offline: {error!r}"
    about = f"presidio-analyzer {version('presidio-analyzer')}, 6 pattern recognisers"
    return Detector("presidio", detect, frozenset(PRESIDIO_ENTITIES.values()), about)


# --- scoring --------------------------------------------------------------------------------


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def non_global_address(text: str, span: Span) -> bool:
    """An IP span whose address is private, loopback, link-local or for documentation.

    Whether such an address is personal data is a policy choice (attune redacts private and
    link-local ones, not loopback), and the sets disagree: the first three label private
    addresses, the fourth and fifth leave every non-global one unlabelled. So IP is scored
    on global addresses only: a non-global span, gold or predicted, is set aside (counted).
    """
    if span.entity != "IP":
        return False
    try:
        return not ipaddress.ip_address(text[span.start : span.end]).is_global
    except ValueError:
        return False


def scored_spans(item: Text, spans: list[Span]) -> tuple[list[Span], int]:
    """The spans that are scored, and how many were set aside."""
    kept = [s for s in spans if not non_global_address(item.text, s)]
    return kept, len(spans) - len(kept)


def example(item: Text, span: Span, others: list[Span]) -> dict[str, Any]:
    """A span with its text and the other side's overlapping spans, for the JSON lists."""
    near = [
        {"entity": o.entity, "value": item.text[o.start : o.end]}
        for o in others
        if overlaps(o, span)
    ]
    value = item.text[span.start : span.end]
    return {"text": item.text, "kind": item.kind, "value": value, **span._asdict(), "other": near}


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None or precision + recall == 0:
        return None if precision is None or recall is None else 0.0
    return 2 * precision * recall / (precision + recall)


def score_entity(entity: str, texts: list[Text], predictions: list[list[Span]]) -> dict[str, Any]:
    n_gold = n_pred = true_pred = exact_pred = found = exact_found = 0
    misses, false_positives, boundaries = [], [], []
    for item, predicted in zip(texts, predictions, strict=True):
        gold = [s for s in item.spans if s.entity == entity]
        mine = [s for s in predicted if s.entity == entity]
        n_gold, n_pred = n_gold + len(gold), n_pred + len(mine)
        for span in mine:
            hit = any(overlaps(span, g) for g in gold)
            true_pred, exact_pred = true_pred + hit, exact_pred + (span in gold)
            if not hit:
                false_positives.append(example(item, span, list(item.spans)))
        for span in gold:
            hit = any(overlaps(span, p) for p in mine)
            found, exact_found = found + hit, exact_found + (span in mine)
            if not hit:
                misses.append(example(item, span, predicted))
            elif span not in mine:
                boundaries.append(example(item, span, mine))
    precision, recall = ratio(true_pred, n_pred), ratio(found, n_gold)
    return {
        "gold": n_gold,
        "predicted": n_pred,
        "precision": precision,
        "recall": recall,
        "f1": f1(precision, recall),
        "exact_precision": ratio(exact_pred, n_pred),
        "exact_recall": ratio(exact_found, n_gold),
        "misses": misses,
        "false_positives": false_positives,
        "boundary_mismatches": boundaries,
    }


def score_detector(detector: Detector, texts: list[Text]) -> dict[str, Any]:
    found = [scored_spans(item, detector.detect(item.text)) for item in texts]
    predictions = [spans for spans, _ in found]
    labelled = [scored_spans(item, list(item.spans)) for item in texts]
    texts = [
        replace(item, spans=tuple(spans)) for item, (spans, _) in zip(texts, labelled, strict=True)
    ]
    entities: dict[str, Any] = {}
    for entity in REPORTED:
        if entity not in detector.offered:
            gold = sum(s.entity == entity for item in texts for s in item.spans)
            entities[entity] = {"gold": gold, "status": "not detected"}
        else:
            entities[entity] = {"status": "detected", **score_entity(entity, texts, predictions)}
    targets = {
        entity: {
            metric: (entities[entity].get(metric) or 0.0) >= floor
            for metric, floor in TARGETS.items()
        }
        for entity in TARGET_ENTITIES
    }
    negatives = [p for item, p in zip(texts, predictions, strict=True) if item.kind != "positive"]
    return {
        "about": detector.about,
        "entities": entities,
        "targets_met": targets,
        "hard_negatives_flagged": sum(bool(p) for p in negatives),
        "hard_negatives": len(negatives),
        "non_global_ip_set_aside": {
            "predicted": sum(n for _, n in found),
            "gold": sum(n for _, n in labelled),
        },
    }


def time_detector(detector: Detector, texts: list[Text], repeats: int) -> dict[str, Any]:
    """Texts per second over the whole set: median of `repeats` passes (after a warm pass)."""
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        for item in texts:
            detector.detect(item.text)
        runs.append(len(texts) / (time.perf_counter() - started))
    return {"texts_per_s": statistics.median(runs), "runs": runs}


# --- report ---------------------------------------------------------------------------------


def describe_set(texts: list[Text], path: Path = EVAL_FILE) -> dict[str, Any]:
    spans = [s.entity for item in texts for s in item.spans]
    return {
        "file": str(path.relative_to(EVAL_FILE.parents[2])),
        "texts": len(texts),
        "positive": sum(item.kind == "positive" for item in texts),
        "hard_negative": sum(item.kind != "positive" for item in texts),
        "gold_spans": {entity: spans.count(entity) for entity in REPORTED},
    }


def cells(scored: dict[str, Any] | None, entity: str) -> list[str]:
    """precision, recall, F1, exact P / R of one detector's entity, or why there are none."""
    if scored is None:
        return ["—"] * 4
    found = scored["entities"][entity]
    if found["status"] != "detected":
        return ["not detected", "", "", ""]
    exact = f"{pct(found['exact_precision'])} / {pct(found['exact_recall'])}"
    return [pct(found["precision"]), pct(found["recall"]), pct(found["f1"]), exact]


def target_cell(scored: dict[str, Any] | None, entity: str, metric: str) -> str:
    if scored is None:
        return "—"
    value = scored["entities"][entity].get(metric)
    return f"{pct(value)} {'met' if scored['targets_met'][entity][metric] else 'NOT met'}"


def entity_tables(results: dict[str, Any]) -> list[str]:
    attune, presidio = results["detectors"]["attune"], results["detectors"].get("presidio")
    presidio = presidio if presidio and presidio.get("available", True) else None
    header = ["entity", "gold", "attune P", "attune R", "attune F1", "attune exact P / R"]
    header += ["Presidio P", "Presidio R", "Presidio F1", "Presidio exact P / R"]
    gold = results["eval_set"]["gold_spans"]
    rows = [[e, str(gold[e]), *cells(attune, e), *cells(presidio, e)] for e in REPORTED]
    target_header = ["entity", "attune recall", "attune precision"]
    target_header += ["Presidio recall", "Presidio precision"]
    target_rows = [
        [e, *(target_cell(d, e, m) for d in (attune, presidio) for m in ("recall", "precision"))]
        for e in TARGET_ENTITIES
    ]
    return [table(header, rows), "", "Targets: recall ≥ 98 %, precision ≥ 95 %.", ""] + [
        table(target_header, target_rows)
    ]


def short(text: str, limit: int = 110) -> str:
    text = text.replace("\n", " ⏎ ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def error_lines(entity: str, found: dict[str, Any]) -> list[str]:
    """attune's misses, false positives and boundary mismatches of one entity, for people."""
    lines = []
    kinds = (("miss", "misses"), ("false positive", "false_positives"))
    for label, key in (*kinds, ("boundary", "boundary_mismatches")):
        for item in found[key][:MARKDOWN_EXAMPLES]:
            other = ", ".join(f"{o['entity']} `{short(o['value'])}`" for o in item["other"])
            side = "found" if key != "false_positives" else "gold"
            lines.append(
                f"- {label}: `{short(item['value'])}` in “{short(item['text'])}”"
                + (f" ({side}: {other})" if other else "")
            )
        if len(found[key]) > MARKDOWN_EXAMPLES:
            lines.append(f"- … {len(found[key]) - MARKDOWN_EXAMPLES} more {label}s in the JSON")
    return [f"### {entity}", "", *lines, ""] if lines else []


def render_markdown(results: dict[str, Any]) -> str:
    lines = ["# Personal-data detection: attune vs Presidio's pattern recognisers", ""]
    if "eval_set" in results:
        lines += set_lines(results)
    for key, _, heading in LATER_SETS:
        if key in results:
            lines += [f"## {heading}", "", *set_lines(results[key])]
    lines += [f"Load average before / after: {results['load_before']} / {results['load_after']}."]
    return "\n".join([*lines, "", machine_line(results["machine"])])


def set_lines(results: dict[str, Any]) -> list[str]:
    """One set's tables, counts and speeds, then attune's errors (held out: their counts)."""
    data, detectors = results["eval_set"], results["detectors"]
    attune, presidio = detectors["attune"], detectors["presidio"]
    spans = ", ".join(f"{e} {n}" for e, n in data["gold_spans"].items())
    peer = (
        f"{presidio['about']} (score threshold 0, the AnalyzerEngine default; no spaCy, "
        "so no context boost)"
        if presidio.get("available", True)
        else f"did not run: {presidio['reason']}"
    )
    lines = [
        f"`{data['file']}`: {data['texts']} texts ({data['positive']} with personal data, "
        f"{data['hard_negative']} hard negatives); gold spans: {spans}.",
        "",
        "A prediction is right when it overlaps a gold span of the same entity; *exact* asks "
        f"for identical boundaries. attune: {attune['about']}. Presidio: {peer}.",
        "",
        *entity_tables(results),
        "",
    ]
    for name, scored in detectors.items():
        if scored.get("available", True):
            aside = scored["non_global_ip_set_aside"]
            lines.append(
                f"{name}: {scored['hard_negatives_flagged']} of {scored['hard_negatives']} hard "
                f"negatives flagged; {scored['speed']['texts_per_s']:,.0f} texts/s "
                f"(median of {len(scored['speed']['runs'])}); non-global IP addresses set aside "
                f"(see `non_global_address`): {aside['predicted']} predicted, "
                f"{aside['gold']} gold."
            )
            lines.append("")
    if presidio.get("available", True):
        lines += [f"Presidio import and set-up: {presidio['load_s']:.1f} s.", ""]
    if "held_out" in data:
        counts = ", ".join(
            f"{e} {found['misses']} / {found['false_positives']}"
            for e, found in attune["entities"].items()
            if found["status"] == "detected" and (found["misses"] or found["false_positives"])
        )
        counts = counts or "none"
        return [*lines, f"attune misses / false positives (counted, not listed): {counts}.", ""]
    lines += ["## attune: misses, false positives, boundary mismatches", ""]
    for entity, found in attune["entities"].items():
        if found["status"] == "detected":
            lines += error_lines(entity, found)
    return lines


# --- main -----------------------------------------------------------------------------------


def score_set(
    path: Path, detectors: list[Detector], presidio: Detector | str, load_s: float, repeats: int
) -> dict[str, Any]:
    """One set's description and each detector's scores and speed."""
    texts = load_eval(path)
    results: dict[str, Any] = {"eval_set": describe_set(texts, path), "detectors": {}}
    for detector in detectors:
        scored = score_detector(detector, texts)  # also the warm-up pass for the timing
        scored["speed"] = time_detector(detector, texts, repeats)
        results["detectors"][detector.name] = scored
    if isinstance(presidio, Detector):
        results["detectors"]["presidio"] |= {"available": True, "load_s": load_s}
    else:
        results["detectors"]["presidio"] = {"available": False, "reason": presidio}
    return results


def count_errors(results: dict[str, Any]) -> None:
    """Replace the listed misses, false positives and boundary mismatches by their counts."""
    results["eval_set"]["held_out"] = True
    for scored in results["detectors"].values():
        for found in scored.get("entities", {}).values():
            for key in ("misses", "false_positives", "boundary_mismatches"):
                if key in found:
                    found[key] = len(found[key])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeats", type=int, default=REPEATS, help="timing passes")
    keys = [key for key, _, _ in LATER_SETS]
    parser.add_argument(
        "--set",
        choices=("eval", *keys, "both", "all"),
        default="all",
        help="both: eval and holdout; all: every set",
    )
    for key in keys:
        parser.add_argument(
            f"--{key}-errors", action="store_true", help=f"list the {key} set's errors too"
        )
    args = parser.parse_args()
    results: dict[str, Any] = {"load_before": load_average()}
    started = time.perf_counter()
    presidio = presidio_detector()
    load_s = time.perf_counter() - started
    detectors = [attune_detector()]
    if isinstance(presidio, Detector):
        detectors.append(presidio)
    if args.set in ("eval", "both", "all"):
        results |= score_set(EVAL_FILE, detectors, presidio, load_s, args.repeats)
    for key, path, _ in LATER_SETS:
        if args.set in (key, "all") or (key == "holdout" and args.set == "both"):
            scored = score_set(path, detectors, presidio, load_s, args.repeats)
            if not getattr(args, f"{key}_errors"):
                count_errors(scored)
            results[key] = scored
    results |= {"load_after": load_average(), "machine": machine_info()}
    json_path, md_path = write_results(NAME, results, render_markdown(results))
    named = [("", results), *((f"{h}:\n", results.get(k)) for k, _, h in LATER_SETS)]
    for name, scored in named:
        if scored and "eval_set" in scored:
            print(name + "\n".join(entity_tables(scored)))
    if not isinstance(presidio, Detector):
        print(f"Presidio: {presidio}")
    print(f"wrote {json_path} and {md_path}")


if __name__ == "__main__":
    main()
