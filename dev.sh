#!/usr/bin/env bash
# Developer entry point. Usage:
#   ./dev.sh run    install missing packages, build a release build into build/, lint samples/
#   ./dev.sh test   same set-up, then run the whole test suite through CTest
#   ./dev.sh build  set-up and build only
#   ./dev.sh bench  set-up, build, then run the benchmarks in bench/
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(g++ cmake make pkg-config libicu-dev libyaml-cpp-dev catch2 libcli11-dev nlohmann-json3-dev
          libsimdjson-dev libgumbo-dev iso-codes python3
          libhunspell-dev hunspell-en-us hunspell-en-gb hunspell-ru hunspell-uk hunspell-be hunspell-kk
          hunspell-de-de hunspell-fr-classical
          libbenchmark-dev ripgrep time libcommons-codec-java unzip)

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "dev.sh: installing ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
  install_packages
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j"$(nproc)" -- --no-print-directory >/dev/null
}

case "${1:-}" in
  run)
    build
    # Findings are the point of the demo: exit 1 (findings) is not a failure here.
    build/translint check samples/ || [ $? -eq 1 ]
    ;;
  test)
    build
    ctest --test-dir build --output-on-failure -j"$(nproc)"
    ;;
  build)
    build
    ;;
  bench)
    build
    bench/run.sh
    ;;
  *)
    echo "usage: ./dev.sh run|test|build|bench" >&2
    exit 2
    ;;
esac
