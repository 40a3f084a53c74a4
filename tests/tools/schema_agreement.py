#!/usr/bin/python3
"""The JSON Schemas of the template format and the template loader must agree.

Usage: /usr/bin/python3 schema_agreement.py <repo-root> <path-to-helder-forms>

Needs Debian's python3-jsonschema (Draft 2020-12), hence /usr/bin/python3.

Parts, each case printed on its own line as PASS or FAIL:
  schemas   forms/schema/*.schema.json are valid Draft 2020-12 schemas
  shipped   every forms/*/form.json and forms/*/texts/*.json passes the schemas
  readme    the worked example in forms/README.md passes the schemas and equals
            tests/fixtures/schema/valid-example (apart from the form id and the PDF's name)
  fixtures  tests/fixtures/schema/<case>: the valid ones pass the schemas, each broken one is
            refused at its fault's JSON path (tests/fixtures/schema/cases.json)
  loader    `helder-forms check` accepts the valid fixtures and forms/, and refuses each broken
            fixture (exit code 1) naming the fault's JSON path
Ends with "N passed, M failed"; exits 1 when anything failed.
"""
import json
import os
import re
import subprocess
import sys

import jsonschema

README_EXAMPLE_FORM = "schoolkosten"
CHECK_TIMEOUT_SECONDS = 120


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def case(self, part, name, problem):
        """problem: None when the case passed, else why it failed."""
        if problem is None:
            self.passed += 1
            print(f"PASS {part}: {name}")
        else:
            self.failed += 1
            print(f"FAIL {part}: {name}: {problem}")
        sys.stdout.flush()


def pointer(path):
    """A jsonschema error path as a JSON pointer (RFC 6901)."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def schema_errors(validator, instance):
    return sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))


def describe(errors):
    return "; ".join(f"{pointer(e.absolute_path) or '/'}: {e.message}" for e in errors[:5])


def error_locations(error):
    """Where an error points: its instance path, and for an unknown key the key itself."""
    at = pointer(error.absolute_path)
    if error.validator in ("additionalProperties", "unevaluatedProperties"):
        return [at + "/" + key.replace("~", "~0").replace("/", "~1")
                for key in error.instance if isinstance(error.instance, dict)
                and key not in error.schema.get("properties", {})]
    return [at]


def related(location, fault):
    return location == fault or fault.startswith(location + "/") or location.startswith(fault + "/")


def form_validators(root):
    schema_dir = os.path.join(root, "forms", "schema")
    form = load_json(os.path.join(schema_dir, "form.schema.json"))
    texts = load_json(os.path.join(schema_dir, "texts.schema.json"))
    checker = jsonschema.FormatChecker()
    return (jsonschema.Draft202012Validator(form, format_checker=checker),
            jsonschema.Draft202012Validator(texts, format_checker=checker))


def template_files(folder):
    """(relative name, path) of form.json and texts/*.json of one form folder."""
    files = [("form.json", os.path.join(folder, "form.json"))]
    texts = os.path.join(folder, "texts")
    if os.path.isdir(texts):
        files += [(f"texts/{name}", os.path.join(texts, name))
                  for name in sorted(os.listdir(texts)) if name.endswith(".json")]
    return files


def validate_folder(folder, validators):
    """{relative name: [errors]}; a file that is not JSON gives a string instead."""
    form_validator, texts_validator = validators
    results = {}
    for name, path in template_files(folder):
        try:
            instance = load_json(path)
        except (OSError, ValueError) as problem:
            results[name] = str(problem)
            continue
        validator = form_validator if name == "form.json" else texts_validator
        results[name] = schema_errors(validator, instance)
    return results


def check_schemas(root, report):
    for name in ("form.schema.json", "texts.schema.json"):
        path = os.path.join(root, "forms", "schema", name)
        try:
            jsonschema.Draft202012Validator.check_schema(load_json(path))
            problem = None
        except (OSError, ValueError, jsonschema.SchemaError) as error:
            problem = str(error).splitlines()[0]
        report.case("schemas", f"forms/schema/{name}", problem)


def shipped_forms(root):
    forms = os.path.join(root, "forms")
    return [os.path.join(forms, name) for name in sorted(os.listdir(forms))
            if os.path.isfile(os.path.join(forms, name, "form.json"))]


def check_shipped(root, validators, report):
    folders = shipped_forms(root)
    if not folders:
        report.case("shipped", "forms/*/form.json", "no shipped form found")
    for folder in folders:
        for name, result in validate_folder(folder, validators).items():
            label = os.path.relpath(os.path.join(folder, name), root)
            if isinstance(result, str):
                report.case("shipped", label, result)
            else:
                report.case("shipped", label, describe(result) if result else None)


def readme_examples(text):
    """{"form.json": json, "texts/nl.json": json, ...} from the README's worked example: each file is a
    ```json block right after a line **forms/<example>/<file>**."""
    heading = re.compile(r"^\*\*forms/" + re.escape(README_EXAMPLE_FORM) + r"/([a-z/.]+\.json)\*\*\s*$")
    lines = text.splitlines()
    found = {}
    for index, line in enumerate(lines):
        match = heading.match(line)
        if not match or index + 1 >= len(lines) or lines[index + 1].strip() != "```json":
            continue
        end = lines.index("```", index + 2)
        found[match.group(1)] = json.loads("\n".join(lines[index + 2:end]))
    return found


def check_readme(root, validators, report):
    readme = os.path.join(root, "forms", "README.md")
    fixture = os.path.join(root, "tests", "fixtures", "schema", "valid-example")
    try:
        with open(readme, encoding="utf-8") as f:
            examples = readme_examples(f.read())
    except (OSError, ValueError) as problem:
        report.case("readme", "worked example", str(problem))
        return
    expected = [name for name, _ in template_files(fixture)]
    report.case("readme", "worked example files",
                None if sorted(examples) == sorted(expected)
                else f"README has {sorted(examples)}, valid-example has {sorted(expected)}")
    form_validator, texts_validator = validators
    for name, instance in sorted(examples.items()):
        validator = form_validator if name == "form.json" else texts_validator
        errors = schema_errors(validator, instance)
        report.case("readme", f"{name} passes the schema", describe(errors) if errors else None)
        fixture_path = os.path.join(fixture, name)
        if not os.path.isfile(fixture_path):
            continue
        copy = load_json(fixture_path)
        if name == "form.json":
            instance = dict(instance, id=copy.get("id"), pdf=dict(instance.get("pdf", {}),
                                                                  file=copy.get("pdf", {}).get("file")))
        report.case("readme", f"{name} equals valid-example/{name}",
                    None if instance == copy else "they differ: update one from the other")


def fixture_cases(root):
    folder = os.path.join(root, "tests", "fixtures", "schema")
    return folder, load_json(os.path.join(folder, "cases.json"))


def check_fixtures(root, validators, report):
    folder, cases = fixture_cases(root)
    present = sorted(name for name in os.listdir(folder) if os.path.isdir(os.path.join(folder, name)))
    report.case("fixtures", "cases.json lists every fixture folder",
                None if present == sorted(cases) else f"folders {present}, cases {sorted(cases)}")
    for name, case in sorted(cases.items()):
        results = validate_folder(os.path.join(folder, name), validators)
        broken = {file: r for file, r in results.items() if isinstance(r, str)}
        if broken:
            report.case("fixtures", name, f"unreadable: {broken}")
            continue
        if case["valid"]:
            problems = [f"{file}: {describe(errors)}" for file, errors in results.items() if errors]
            report.case("fixtures", f"{name} passes the schema", "; ".join(problems) or None)
            continue
        label = f"{name} ({case['fault']}) refused by the schema at {case['file']} {case['json_path']}"
        errors = results.get(case["file"], [])
        locations = [location for error in errors for location in error_locations(error)]
        stray = [f"{file}: {describe(e)}" for file, e in results.items() if file != case["file"] and e]
        unrelated = [location for location in locations if not related(location, case["json_path"])]
        if not errors:
            problem = "the schema accepts it"
        elif not any(location == case["json_path"] or case["json_path"].startswith(location + "/")
                     for location in locations):
            problem = f"refused elsewhere: {describe(errors)}"
        elif unrelated or stray:
            problem = f"more than the one fault: {unrelated} {stray}"
        else:
            problem = None
        report.case("fixtures", label, problem)


def run_check(binary, target, cwd):
    try:
        done = subprocess.run([binary, "check", target], cwd=cwd, capture_output=True, text=True,
                              timeout=CHECK_TIMEOUT_SECONDS)
    except (OSError, subprocess.TimeoutExpired) as problem:
        return None, str(problem)
    return done.returncode, done.stdout + done.stderr


def first_lines(output, count=3):
    return " | ".join(output.strip().splitlines()[:count]) or "(no output)"


def check_loader(root, binary, report):
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        report.case("loader", "helder-forms", f"no executable at {binary}")
        return
    code, output = run_check(binary, "forms", root)
    report.case("loader", "check forms/ exits 0",
                None if code == 0 else f"exit {code}: {first_lines(output, 10)}")
    folder, cases = fixture_cases(root)
    for name, case in sorted(cases.items()):
        target = os.path.relpath(os.path.join(folder, name), root)
        code, output = run_check(binary, target, root)
        if case["valid"]:
            report.case("loader", f"check {target} exits 0",
                        None if code == 0 else f"exit {code}: {first_lines(output, 10)}")
            continue
        path = re.compile(re.escape(case["json_path"]) + r"(?=[:/\s'\"\]]|$)", re.MULTILINE)
        file_name = os.path.basename(case["file"])
        if code != 1:
            problem = f"exit {code}, expected 1: {first_lines(output)}"
        elif not any(path.search(line) and file_name in line for line in output.splitlines()):
            problem = f"no line names {case['file']} {case['json_path']}: {first_lines(output)}"
        else:
            problem = None
        report.case("loader", f"check {target} refuses {case['file']} {case['json_path']}", problem)


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    root, binary = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    report = Report()
    check_schemas(root, report)
    if report.failed == 0:
        validators = form_validators(root)
        check_shipped(root, validators, report)
        check_readme(root, validators, report)
        check_fixtures(root, validators, report)
    check_loader(root, binary, report)
    print(f"{report.passed} passed, {report.failed} failed")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
