#!/usr/bin/env bash
# Builds the garbo VS Code extension (.vsix) around a garbo language-server jar.
#
#   usage: build.sh <garbo-lsp.jar> <output-dir>
#
# Produces <output-dir>/garbo-<version>.vsix, <version> being the one in package.json.
# Needs node >= 20 and npm; npm ci uses the registry or the local npm cache.
set -euo pipefail

die() { echo "build.sh: error: $*" >&2; exit 1; }

[[ $# -eq 2 ]] || die "usage: build.sh <garbo-lsp.jar> <output-dir>"
jar=$1
out_dir=$2
[[ -f $jar ]] || die "server jar not found: $jar"
command -v npm >/dev/null || die "npm not found on PATH (node >= 20 and npm are needed)"

# Absolute paths, since we cd into the extension directory.
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
mkdir -p "$out_dir" || die "cannot create output directory: $out_dir"
out_dir=$(cd "$out_dir" && pwd)

cd "$(dirname "${BASH_SOURCE[0]}")"

npm ci --no-audit --no-fund || die "npm ci failed (is the npm registry or cache reachable?)"
npm run compile || die "compilation failed"

mkdir -p server
cp "$jar" server/garbo-lsp.jar || die "cannot copy $jar to server/garbo-lsp.jar"

version=$(node -p "require('./package.json').version") || die "cannot read version from package.json"
vsix=$out_dir/garbo-$version.vsix
npx --no-install vsce package --no-dependencies --allow-missing-repository -o "$vsix" \
  || die "vsce package failed"

echo "build.sh: built $vsix"
