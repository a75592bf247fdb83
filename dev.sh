#!/usr/bin/env bash
# Developer entry point. Usage:
#   ./dev.sh run    install missing packages, build a release build into build/, lint samples/
#   ./dev.sh test   same set-up, then run the whole test suite through CTest
#   ./dev.sh test --sanitize
#                   the whole suite again, built with AddressSanitizer and
#                   UndefinedBehaviorSanitizer into build-sanitize/
#   ./dev.sh build  set-up and build only
#   ./dev.sh bench  set-up, build, then run the benchmarks in bench/
#   ./dev.sh fuzz [SECONDS]
#                   build the libFuzzer targets of tests/fuzz (clang, ASan, UBSan)
#                   into build-fuzz/ and run each for SECONDS (default 60), two
#                   at a time, from the seed corpora in tests/fuzz/corpus/
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(g++ cmake make pkg-config libicu-dev libyaml-cpp-dev catch2 libcli11-dev nlohmann-json3-dev
          libsimdjson-dev libgumbo-dev libpugixml-dev libvectorscan-dev libsqlite3-dev sqlite3 iso-codes python3
          libhunspell-dev hunspell-en-us hunspell-en-gb hunspell-ru hunspell-uk hunspell-be hunspell-kk
          hunspell-de-de hunspell-fr-classical
          libbenchmark-dev ripgrep time libcommons-codec-java unzip
          chromium fonts-dejavu-core parallel python3-distributed dpkg-dev file pre-commit git python3-yaml
          neovim)

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "dev.sh: installing ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Microsoft's SARIF validator, for the SARIF test (npm: it is not in Debian),
# pinned, into build-tools/ (git-ignored). Its postinstall script only marks
# the binary executable; npm may skip install scripts, so that is done here.
SARIF_MULTITOOL=@microsoft/sarif-multitool@5.7.0
install_npm_tools() {
  local tool=build-tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
  [ -x "$tool" ] && return 0
  command -v npm >/dev/null || install_packages nodejs npm
  echo "dev.sh: installing $SARIF_MULTITOOL (npm) into build-tools/" >&2
  npm install --prefix build-tools --no-audit --no-fund --silent "$SARIF_MULTITOOL" >/dev/null
  chmod u+x "$tool"
}

build() {
  install_packages
  install_npm_tools
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
    if [ "${2:-}" = "--sanitize" ]; then
      install_packages
      cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRANSLINT_SANITIZE=ON -DTRANSLINT_WERROR=OFF >/dev/null
      cmake --build build-sanitize -j"$(nproc)" --target translint translint_tests -- --no-print-directory >/dev/null
      # Any report fails the run; LeakSanitizer skips only what tests/lsan.supp names.
      ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp":print_suppressions=0 \
        ctest --test-dir build-sanitize --output-on-failure -j"$(nproc)"
    else
      build
      ctest --test-dir build --output-on-failure -j"$(nproc)"
    fi
    ;;
  build)
    build
    ;;
  bench)
    build
    bench/run.sh
    ;;
  fuzz)
    seconds="${2:-60}"
    install_packages clang libclang-rt-14-dev
    CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRANSLINT_FUZZ=ON \
      -DTRANSLINT_WERROR=OFF -DBUILD_TESTING=OFF >/dev/null
    targets=(fuzz_rules fuzz_config fuzz_rule_cache fuzz_scheme fuzz_document fuzz_lsp)
    cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]}" -- --no-print-directory >/dev/null
    mkdir -p build-fuzz/artifacts
    # Each target: new inputs go to build-fuzz/corpus/<target>, the seeds stay as they are;
    # a crash is saved in build-fuzz/artifacts/ and fails the run.
    printf '%s\n' "${targets[@]}" | xargs -P "$(nproc)" -I{} sh -c '
      mkdir -p build-fuzz/corpus/{}
      if ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 LSAN_OPTIONS=suppressions=tests/lsan.supp \
         build-fuzz/tests/fuzz/{} -max_total_time='"$seconds"' -rss_limit_mb=4096 -print_final_stats=1 \
           -artifact_prefix=build-fuzz/artifacts/{}- build-fuzz/corpus/{} tests/fuzz/corpus/{} \
           >build-fuzz/{}.log 2>&1; then
        echo "{}: $(grep -o "stat::number_of_executed_units: *[0-9]*" build-fuzz/{}.log | grep -o "[0-9]*$") runs," \
             "$(grep -o "cov: [0-9]*" build-fuzz/{}.log | tail -1), no finding"
      else
        echo "{}: FAILED, see build-fuzz/{}.log and build-fuzz/artifacts/"; exit 1
      fi'
    ;;
  *)
    echo "usage: ./dev.sh run|test [--sanitize]|build|bench|fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
