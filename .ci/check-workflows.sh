#!/usr/bin/env bash
# Validates action.yml and every workflow file with two validators from the npm registry:
# GitHub's own parser (@actions/workflow-parser, the one behind the Actions language service)
# and @action-validator/cli (JSON-schema checks, including action.yml). Both are pinned and
# installed into a temporary folder; nothing is fetched from GitHub. Exits non-zero on any error.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly WORKFLOW_PARSER=@actions/workflow-parser@0.3.61
readonly ACTION_VALIDATOR=@action-validator/cli@0.6.0
readonly ACTION_VALIDATOR_CORE=@action-validator/core@0.6.0

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
  else
    echo "check-workflows: node and npm are required (apt-get install nodejs npm)" >&2
    exit 1
  fi
fi

tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$tools" \
  "$WORKFLOW_PARSER" "$ACTION_VALIDATOR" "$ACTION_VALIDATOR_CORE" >/dev/null

# With arguments, check those files (an action is any file named action.yml); else the project's own.
if [ "$#" -gt 0 ]; then
  files=("$@")
else
  files=(action.yml)
  while IFS= read -r file; do files+=("$file"); done < <(
    find .github/workflows content-example/.github/workflows -maxdepth 1 -type f \( -name '*.yml' -o -name '*.yaml' \) 2>/dev/null | sort)
fi

cat > "$tools/parse.mjs" <<'JS'
// Parses each file with GitHub's parser; prints every error with its position.
import { readFileSync } from "node:fs";
import { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } from "@actions/workflow-parser";
import { parseAction } from "@actions/workflow-parser/actions/index";

let failed = 0;
for (const name of process.argv.slice(2)) {
  const file = { name, content: readFileSync(name, "utf8") };
  const isAction = /(^|\/)action\.ya?ml$/.test(name);
  const result = isAction ? parseAction(file, new NoOperationTraceWriter()) : parseWorkflow(file, new NoOperationTraceWriter());
  if (!isAction && result.value !== undefined) {
    await convertWorkflowTemplate(result.context, result.value);
  }
  const errors = result.context.errors.getErrors();
  for (const error of errors) {
    console.error(`${name}: ${error.message}`);
  }
  if (errors.length > 0 || result.value === undefined) {
    failed++;
  } else {
    console.log(`${name}: ok (GitHub workflow parser)`);
  }
}
process.exit(failed === 0 ? 0 : 1);
JS

# The parser's build imports its JSON schemas without an import attribute (it expects a bundler);
# this loader hook supplies the attribute so plain Node can load it.
cat > "$tools/json-hook.mjs" <<'JS'
export async function load(url, context, nextLoad) {
  if (url.endsWith(".json")) {
    return nextLoad(url, { ...context, importAttributes: { type: "json" }, importAssertions: { type: "json" } });
  }
  return nextLoad(url, context);
}
JS
cat > "$tools/register.mjs" <<'JS'
import { register } from "node:module";
register("./json-hook.mjs", import.meta.url);
JS

status=0
node --no-warnings --import "$tools/register.mjs" "$tools/parse.mjs" "${files[@]}" || status=1
for file in "${files[@]}"; do
  if "$tools/node_modules/.bin/action-validator" "$file"; then
    echo "$file: ok (action-validator)"
  else
    echo "$file: action-validator found errors" >&2
    status=1
  fi
done
exit "$status"
