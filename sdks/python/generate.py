#!/usr/bin/env python3
"""Regenerate (or check) `paylera/_generated/` from the Paylera OpenAPI document.

    python generate.py --source http://127.0.0.1:18090/v1/openapi.json      # rewrite
    python generate.py --source ./openapi.json --check                       # CI: drift?

Without --source, `$PAYLERA_API_URL/v1/openapi.json` is used.

What it does, deterministically (same document + same pinned tools => same bytes):
  1. loads the document and normalises it (see `normalise_document`), writes it with
     sorted keys;
  2. runs the pinned `openapi-python-client` on it (templates overridden in
     `codegen/templates/` so the output also runs on Python 3.10);
  3. writes `_webhook_events.py` (event type -> model class, from the document's
     `webhooks` section) and `_meta.py` (the API version the document describes);
  4. formats everything with the pinned ruff, isolated from any other ruff config;
  5. replaces `paylera/_generated/`, or with --check compares and exits 1 on any
     difference (printing which files differ).

Needs the packages of `requirements-dev.txt` (openapi-python-client, ruff).
"""

from __future__ import annotations

import argparse
import copy
import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from importlib.metadata import version as dist_version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TARGET = HERE / "paylera" / "_generated"
CONFIG = HERE / "codegen" / "config.yaml"
TEMPLATES = HERE / "codegen" / "templates"

# The generator version the committed code was produced with; --check refuses any other.
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"


def fail(message: str) -> None:
    print(f"generate.py: error: {message}", file=sys.stderr)
    sys.exit(2)


def load_document(source: str) -> dict[str, Any]:
    if source.startswith(("http://", "https://")):
        try:
            with urllib.request.urlopen(source, timeout=30) as answer:
                raw = answer.read()
        except OSError as exc:
            fail(f"cannot fetch the OpenAPI document from {source}: {exc}")
    else:
        try:
            raw = Path(source).read_bytes()
        except OSError as exc:
            fail(f"cannot read the OpenAPI document {source}: {exc}")
    try:
        doc = json.loads(raw)
    except ValueError as exc:
        fail(f"{source} is not JSON: {exc}")
    if not isinstance(doc, dict) or not str(doc.get("openapi", "")).startswith("3."):
        fail(f"{source} is not an OpenAPI 3 document")
    return doc


def _without_descriptions(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {k: _without_descriptions(v) for k, v in schema.items() if k != "description"}
    if isinstance(schema, list):
        return [_without_descriptions(v) for v in schema]
    return schema


def _widens(narrow: Any, wide: Any) -> bool:
    """Whether property schema `wide` accepts everything `narrow` does, in the one way the
    document widens properties: an expandable id `X` becomes `anyOf: [X, <Object>]`."""
    narrow, wide = _without_descriptions(narrow), _without_descriptions(wide)
    if narrow == wide:
        return True
    return isinstance(wide, dict) and bool(wide.get("anyOf")) and wide["anyOf"][0] == narrow


def normalise_document(doc: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Work around what the document spells in a way the generator models poorly.

    `List_<X>` pages inline their item schema instead of referring to `<X>`, so the
    generator would make a second, unrelated class per list (`ListCustomerDataItem`).
    When the inlined item is `<X>` itself, or `<X>` before its expandable properties
    were widened to `anyOf: [id, object]` (the list endpoints take `expand[]` too), the
    item becomes a `$ref` to `<X>`: `list()` then answers the same model classes.
    """
    doc = copy.deepcopy(doc)
    notes: list[str] = []
    schemas = doc.get("components", {}).get("schemas", {})
    for name in sorted(schemas):
        if not name.startswith("List_"):
            continue
        target = name[len("List_") :]
        data = schemas[name].get("properties", {}).get("data", {})
        item = data.get("items")
        full = schemas.get(target)
        if not isinstance(item, dict) or "$ref" in item or not isinstance(full, dict):
            continue
        item_props, full_props = item.get("properties", {}), full.get("properties", {})
        same_shape = (
            sorted(item.get("required", [])) == sorted(full.get("required", []))
            and set(item_props) <= set(full_props)
            and all(_widens(item_props[p], full_props[p]) for p in item_props)
            and not set(full_props) - set(item_props) & set(full.get("required", []))
        )
        if same_shape:
            data["items"] = {"$ref": f"#/components/schemas/{target}"}
            notes.append(f"{name}.data.items -> $ref {target}")
        else:
            notes.append(f"{name}.data.items kept inline (differs from {target})")
    return doc, notes


def webhook_event_models(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """(event type, schema name of `data.object`) for each entry of `webhooks`."""
    out = []
    for event_type, item in sorted(doc.get("webhooks", {}).items()):
        try:
            schema = item["post"]["requestBody"]["content"]["application/json"]["schema"]
            parts = schema["allOf"]
            ref = next(
                p["properties"]["data"]["properties"]["object"]["$ref"]
                for p in parts
                if "data" in p.get("properties", {})
            )
        except (KeyError, StopIteration, TypeError):
            fail(f"webhooks[{event_type!r}]: no `data.object` $ref in its request body")
        out.append((event_type, ref.rsplit("/", 1)[-1]))
    if not out:
        fail("the document has no `webhooks` section")
    return out


def write_webhook_events(doc: dict[str, Any], package: Path) -> None:
    # The generator's own naming rules (schema name -> class, module), as it applied them.
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.properties.schemas import Class

    config_file = ConfigFile.load_from_path(CONFIG)
    config = Config.from_sources(config_file, MetaType.NONE, "-", "utf-8", False, None)
    pairs = webhook_event_models(doc)
    classes: dict[str, tuple[str, str]] = {}
    for _, schema in pairs:
        info = Class.from_string(string=schema, config=config)
        module = package / "models" / f"{info.module_name}.py"
        if f"class {info.name}:" not in module.read_text(encoding="utf-8"):
            fail(f"schema {schema}: expected class {info.name} in {module}")
        classes[schema] = (info.module_name, info.name)

    lines = [
        '"""Webhook event types and the model of each one\'s `data.object`.',
        "",
        "Generated by sdks/python/generate.py from the document's `webhooks` section; do not edit.",
        '"""',
        "",
        "from typing import Literal, Union",
        "",
    ]
    for module, cls in sorted(set(classes.values())):
        lines.append(f"from .models.{module} import {cls}")
    names = sorted({cls for _, cls in classes.values()})
    lines += [
        "",
        "WebhookEventType = Literal[",
        *[f'    "{event_type}",' for event_type, _ in pairs],
        "]",
        '"""Every event type the document describes."""',
        "",
        "WebhookObject = Union[",
        *[f"    {cls}," for cls in names],
        "]",
        '"""What an event\'s `data.object` can be."""',
        "",
        "EVENT_OBJECT_MODELS: dict[str, type[WebhookObject]] = {",
        *[f'    "{event_type}": {classes[schema][1]},' for event_type, schema in pairs],
        "}",
        '"""Event type -> the model class of its `data.object`."""',
        "",
        "__all__ = [",
        '    "EVENT_OBJECT_MODELS",',
        '    "WebhookEventType",',
        '    "WebhookObject",',
        "]",
        "",
    ]
    (package / "_webhook_events.py").write_text("\n".join(lines), encoding="utf-8")


def write_meta(doc: dict[str, Any], package: Path) -> None:
    api_version = str(doc.get("info", {}).get("version", ""))
    if not api_version:
        fail("the document has no info.version")
    (package / "_meta.py").write_text(
        "\n".join(
            [
                '"""Facts about the document this package was generated from; do not edit."""',
                "",
                f"API_VERSION = {api_version!r}",
                '"""The `Paylera-Version` the document describes (sent with every request)."""',
                "",
                f"GENERATOR = {GENERATOR + '==' + GENERATOR_VERSION!r}",
                "",
            ]
        ),
        encoding="utf-8",
    )


def run(cmd: list[str], cwd: Path, what: str) -> str:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        print(proc.stdout, proc.stderr, sep="\n", file=sys.stderr)
        fail(f"{what} failed (exit {proc.returncode}): {' '.join(cmd)}")
    return proc.stdout + proc.stderr


def check_tools() -> None:
    for dist, wanted in ((GENERATOR, GENERATOR_VERSION), ("ruff", RUFF_VERSION)):
        try:
            found = dist_version(dist)
        except Exception:
            fail(f"{dist}=={wanted} is not installed (pip install -r requirements-dev.txt)")
        if found != wanted:
            fail(f"{dist} {found} is installed, the generated code is pinned to {wanted}")


def generate(doc: dict[str, Any], workdir: Path, verbose: bool) -> Path:
    doc, notes = normalise_document(doc)
    spec = workdir / "openapi.json"
    spec.write_text(json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False), encoding="utf-8")
    out = workdir / "_generated"
    log = run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(spec),
            "--meta",
            "none",
            "--output-path",
            str(out),
            "--config",
            str(CONFIG),
            "--custom-template-path",
            str(TEMPLATES),
        ],
        workdir,
        "openapi-python-client",
    )
    if not (out / "client.py").is_file():
        print(log, file=sys.stderr)
        fail("openapi-python-client produced no client")
    if verbose:
        print("\n".join(notes))
        print(log)
    write_webhook_events(doc, out)
    write_meta(doc, out)
    ruff = [sys.executable, "-m", "ruff"]
    flags = ["--isolated", "--no-cache", "--target-version", "py310", "--line-length", "100"]
    # Run from the work dir, not from inside the package (its `types.py` would shadow the
    # standard library's for `python -m ruff`).
    target = out.name
    run(
        [*ruff, "check", *flags, "--fix-only", "--select", "F401,I", "--quiet", target],
        workdir,
        "ruff check",
    )
    run([*ruff, "format", *flags, "--quiet", target], workdir, "ruff format")
    for cache in sorted(out.rglob("__pycache__"), reverse=True):
        shutil.rmtree(cache)
    (out / "py.typed").unlink(missing_ok=True)
    return out


def tree(root: Path) -> dict[str, bytes]:
    if not root.is_dir():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def compare(fresh: Path, committed: Path) -> list[str]:
    new, old = tree(fresh), tree(committed)
    problems = []
    for name in sorted(set(new) | set(old)):
        if name not in old:
            problems.append(f"missing from the committed code: {name}")
        elif name not in new:
            problems.append(f"no longer generated: {name}")
        elif new[name] != old[name]:
            diff = difflib.unified_diff(
                old[name].decode("utf-8", "replace").splitlines(),
                new[name].decode("utf-8", "replace").splitlines(),
                f"committed/{name}",
                f"generated/{name}",
                lineterm="",
                n=1,
            )
            excerpt = list(diff)[:30]
            problems.append(f"differs: {name}\n    " + "\n    ".join(excerpt))
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--source",
        help="URL or file of the OpenAPI document (default: $PAYLERA_API_URL/v1/openapi.json)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 if paylera/_generated differs from what the document generates",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="show the generator's log")
    args = parser.parse_args()

    source = args.source
    if not source:
        base = os.environ.get("PAYLERA_API_URL")
        if not base:
            fail("give --source, or set PAYLERA_API_URL")
        source = base.rstrip("/") + "/v1/openapi.json"
    check_tools()
    doc = load_document(source)

    with tempfile.TemporaryDirectory(prefix="paylera-gen-") as tmp:
        fresh = generate(doc, Path(tmp), args.verbose)
        if args.check:
            problems = compare(fresh, TARGET)
            if problems:
                print(
                    f"generate.py --check: paylera/_generated is out of date with {source} "
                    f"({len(problems)} file(s)):",
                    file=sys.stderr,
                )
                for problem in problems[:20]:
                    print("  " + problem, file=sys.stderr)
                if len(problems) > 20:
                    print(f"  ... and {len(problems) - 20} more", file=sys.stderr)
                print(
                    "Regenerate with: python sdks/python/generate.py --source <document>",
                    file=sys.stderr,
                )
                sys.exit(1)
            print(f"generate.py --check: paylera/_generated is up to date with {source}")
            return
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(fresh, TARGET)
        print(f"generate.py: wrote {TARGET.relative_to(HERE)} from {source}")


if __name__ == "__main__":
    main()
