#!/usr/bin/env bash
# Installs the benchmark peers and prepares the benchmark data. Idempotent: every step is skipped when its result
# is already there, so running it again costs seconds.
#
#   bash bench/setup.sh            # everything
#   SKIP_APT=1 bash bench/setup.sh # do not touch Debian packages (e.g. not root)
#
# Peers: Apache Jena 4.5 (riot, ARQ, TDB2; Debian libapache-jena-java), Serd's serdi, Raptor's rapper, and the npm
# packages in bench/peers/package.json (Oxigraph, N3.js, graphy, Comunica) installed into bench/peers/node_modules.
# Data (bench/data/, git-ignored):
#   bsbm-1m.nt   the BSBM 1M-triple N-Triples file from ../shared/bench/bsbm, unpacked
#   bsbm-1m.ttl  the same converted once to Turtle with our own `kg convert` (Release build)
#   bsbm-5m.nt   five copies of bsbm-1m.nt, copy k>0 with every BSBM instance IRI moved under instances/copyK/
#                (vocabulary and literals unchanged), so the copies share predicates and classes but no subjects:
#                4,959,785 distinct triples, deterministic
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
shared="${KG_SHARED_BENCH:-$repo/../shared/bench}"
[ -d "$shared/bsbm" ] || shared=/work/shared/bench
data="$here/data"
mkdir -p "$data" "$here/out"

step() { printf '\n== %s\n' "$*"; }

if [ -z "${SKIP_APT:-}" ]; then
  missing=()
  for pkg in libapache-jena-java serdi raptor2-utils time; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    step "apt-get install ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  else
    step "Debian peers already installed (jena, serdi, rapper, time)"
  fi
fi

if [ ! -d "$here/peers/node_modules/oxigraph" ] || [ ! -d "$here/peers/node_modules/n3" ] || [ ! -d "$here/peers/node_modules/@graphy/content.ttl.read" ]; then
  step "npm install in bench/peers"
  (cd "$here/peers" && npm install --no-audit --no-fund)
else
  step "npm peers already installed"
fi

step "Jena classpath, JenaBench and JenaTdb2Bench"
cp="$("$here/peers/jena-classpath.sh" "$here/out/jena-fix")"
for driver in JenaBench JenaTdb2Bench; do
  if [ ! -f "$here/out/jena/$driver.class" ] || [ "$here/peers/$driver.java" -nt "$here/out/jena/$driver.class" ]; then
    mkdir -p "$here/out/jena"
    javac -nowarn -cp "$cp" -d "$here/out/jena" "$here/peers/$driver.java"
  fi
done

step "Release builds of kg and the bench console"
dotnet build -c Release -nologo -v q "$repo/src/KnowledgeGraph.Cli"
dotnet build -c Release -nologo -v q "$here/KnowledgeGraph.Bench"
kg="$repo/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg"

if [ ! -s "$data/bsbm-1m.nt" ]; then
  step "unpack bsbm-1m.nt"
  gzip -dc "$shared/bsbm/bsbm-1m.nt.gz" > "$data/bsbm-1m.nt.tmp"
  mv "$data/bsbm-1m.nt.tmp" "$data/bsbm-1m.nt"
fi

if [ ! -s "$data/bsbm-1m.ttl" ]; then
  # The prefixes BSBM's own Turtle output declares: its vocabularies and one per data source namespace
  # (instances/dataFromProducer1/ ...). kg convert declares the prefixes its inputs declared, so a header-only Turtle
  # file goes first.
  step "convert bsbm-1m.nt to Turtle with kg convert"
  {
    echo '@prefix bsbm: <http://www4.wiwiss.fu-berlin.de/bizer/bsbm/v01/vocabulary/> .'
    echo '@prefix bsbm-inst: <http://www4.wiwiss.fu-berlin.de/bizer/bsbm/v01/instances/> .'
    echo '@prefix dc: <http://purl.org/dc/elements/1.1/> .'
    echo '@prefix rev: <http://purl.org/stuff/rev#> .'
    grep -o '<http://www4.wiwiss.fu-berlin.de/bizer/bsbm/v01/instances/dataFrom[A-Za-z]*[0-9]*/' "$data/bsbm-1m.nt" | sort -u \
      | sed -E 's#^<(.*/(dataFrom[A-Za-z]*[0-9]*)/)$#@prefix \2: <\1> .#'
  } > "$data/bsbm-prefixes.ttl"
  "$kg" convert "$data/bsbm-prefixes.ttl" "$data/bsbm-1m.nt" --to turtle --output "$data/bsbm-1m.ttl"
fi

if [ ! -s "$data/bsbm-5m.nt" ]; then
  step "generate bsbm-5m.nt (five rewritten copies)"
  {
    cat "$data/bsbm-1m.nt"
    for k in 1 2 3 4; do
      sed "s#/bsbm/v01/instances/#/bsbm/v01/instances/copy$k/#g" "$data/bsbm-1m.nt"
    done
  } > "$data/bsbm-5m.nt.tmp"
  mv "$data/bsbm-5m.nt.tmp" "$data/bsbm-5m.nt"
fi

step "ready"
ls -l "$data"
