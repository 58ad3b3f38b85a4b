#!/usr/bin/env bash
# Refreshes the NL Design System component CSS (@utrecht/component-library-css) from npm into
# src/main/resources/public/nlds/, with its licence. The files are committed, so building and
# running the service needs no npm; only this script does.
#   bin/refresh-nlds.sh            # the version pinned below
#   bin/refresh-nlds.sh 9.1.0      # another version (then update VERSION below and commit)
set -euo pipefail
VERSION="${1:-9.0.4}"
PACKAGE=@utrecht/component-library-css
cd "$(dirname "$0")/.."
target=src/main/resources/public/nlds
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null && tar xzf ./*.tgz)
mkdir -p "$target"
cp "$work/package/dist/index.css" "$target/utrecht-component-library.css"
cp "$work/package/LICENSE.md" "$target/LICENSE.md"
printf '%s@%s\n' "$PACKAGE" "$VERSION" >"$target/VERSION"
echo "NL Design System CSS $PACKAGE@$VERSION is in $target"
