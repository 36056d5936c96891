#!/usr/bin/env bash
# The one test command (README, CI): install what the suite needs, then run pytest.
#
# Every install step runs only when its tool is missing, so a second run costs
# a pip no-op plus the tests. External tools:
#   - Debian chromium (/usr/bin/chromium): Playwright drives it; Playwright's own
#     browser download cannot reach its host from our machines.
#   - a Java runtime + the Nu Html Checker (npm package vnu-jar, kept in the
#     git-ignored .tools/): SPEC requires every page to be valid HTML5 per vnu.
# Without root or sudo the system packages are skipped with a warning; the tests
# that need them then skip locally but fail when CI is set (tests/support/htmlcheck.py).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

VNU_VERSION="26.9.27"   # pinned: a new checker release may add rules; bump on purpose
VNU_JAR=".tools/node_modules/vnu-jar/build/dist/vnu.jar"
AXE_VERSION="4.11.0"    # pinned like vnu: axe-core, run in Chromium by the accessibility tests
AXE_JS=".tools/node_modules/axe-core/axe.min.js"

say() { printf 'tools/test.sh: %s\n' "$*" >&2; }

if command -v python >/dev/null 2>&1; then PY=python; else PY=python3; fi

export PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1
# pip runs beside the system packages and npm below (its downloads and theirs overlap; on a fresh
# CI machine each takes tens of seconds) and is waited for before anything imports briefgen.
"$PY" -m pip install -q -e '.[test]' &
pip_job=$!

# Run a command as root: directly, via sudo, or not at all (returns 1).
as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo -- "$@"
    else
        return 1
    fi
}

apt_updated=0
apt_install() {
    # Lock timeout: another apt/dpkg (e.g. unattended upgrades) may hold the lock.
    local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=600)
    if [[ $apt_updated -eq 0 ]]; then
        as_root "${apt[@]}" update >/dev/null || return 1
        apt_updated=1
    fi
    as_root "${apt[@]}" install --no-install-recommends "$@" >/dev/null
}

vnu_present() {
    [[ -n "${BRIEFGEN_VNU_JAR:-}" && -f "${BRIEFGEN_VNU_JAR}" ]] || [[ -f "$VNU_JAR" ]]
}

pkgs=()
[[ -x /usr/bin/chromium ]] || pkgs+=(chromium fonts-liberation)
command -v java >/dev/null 2>&1 || pkgs+=(default-jre-headless)
axe_present() { [[ -n "${BRIEFGEN_AXE_JS:-}" && -f "${BRIEFGEN_AXE_JS}" ]] || [[ -f "$AXE_JS" ]]; }
if { ! vnu_present || ! axe_present; } && ! command -v npm >/dev/null 2>&1; then
    command -v node >/dev/null 2>&1 || pkgs+=(nodejs)
    pkgs+=(npm)
fi
if [[ ${#pkgs[@]} -gt 0 ]]; then
    say "installing with apt-get: ${pkgs[*]}"
    if ! apt_install "${pkgs[@]}"; then
        say "WARNING: could not install ${pkgs[*]} (need root or sudo);" \
            "browser/HTML-validator tests will skip (and fail under CI=true)"
    fi
fi

if ! vnu_present; then
    if command -v npm >/dev/null 2>&1; then
        say "installing vnu-jar@$VNU_VERSION into .tools/"
        # --ignore-scripts: its postinstall fetches a Java runtime from a host our
        # machines cannot reach; Debian's Java is used instead.
        npm install --prefix .tools --no-audit --no-fund --ignore-scripts \
            --loglevel=error "vnu-jar@$VNU_VERSION" >/dev/null \
            || say "WARNING: npm could not install vnu-jar; HTML validation tests will skip"
    else
        say "WARNING: npm missing; cannot install the Nu Html Checker"
    fi
fi

if ! axe_present && command -v npm >/dev/null 2>&1; then
    say "installing axe-core@$AXE_VERSION into .tools/"
    npm install --prefix .tools --no-audit --no-fund --loglevel=error "axe-core@$AXE_VERSION" >/dev/null \
        || say "WARNING: npm could not install axe-core; accessibility tests will skip"
fi

wait "$pip_job" || { say "pip could not install briefgen and its test extras"; exit 1; }

# The test modules' rewritten asserts written once, on both cores, beside the single-threaded steps below
# (tests/support/rewriteahead.py): each pytest-xdist worker of a fresh clone rewrote all ~690 itself, ~16 s of
# CPU before its first test. Waited for before pytest starts; a failure only costs that time again.
"$PY" tests/support/rewriteahead.py 2 &
rewrite_job=$!
# Hypothesis's constants of briefgen's modules likewise (tests/support/constantsahead.py): each worker parsed all
# ~350 at its first property, ~2 s of CPU before its first test.
"$PY" tests/support/constantsahead.py &
constants_job=$!

# briefgen's modules compiled once, as pip compiles an installed package's: where PYTHONDONTWRITEBYTECODE
# is set (this project's machines set it), each of the suite's fresh interpreters (serve, env-dependent
# runs) otherwise compiled ~300 modules from source again (~0.2-0.5 s each). Git ignores __pycache__/.
"$PY" -m compileall -q briefgen >/dev/null || say "WARNING: could not precompile briefgen's modules"

# The built-in theme compiled once, before the suite's several hundred new sites each would (a
# build keeps it itself unless PYTHONDONTWRITEBYTECODE is set, as some images set it; README "Speed").
# Its regular expressions likewise (speed/regexcache.py): ~0.6 s of every fresh process's start.
"$PY" -m briefgen.speed.regexcache || say "WARNING: briefgen's patterns could not be precompiled; each process compiles them"
"$PY" -m briefgen.render.compiletheme || say "WARNING: the theme could not be precompiled; builds compile it each time"
wait "$rewrite_job" || say "WARNING: the test modules' asserts could not be rewritten ahead; each worker rewrites them"
wait "$constants_job" || say "WARNING: Hypothesis's constants could not be written ahead; each worker collects them"

# The tests' temporary folders (pytest's basetemp: every test's tmp_path, the 10,000-article site) in RAM, where
# /dev/shm is a writable tmpfs with room (tests_tmp below): on this project's ext4 disk each build's files replaced
# by rename wait for their data to be written (ext4's auto_da_alloc), and every folder made or removed is journalled.
# 2026-12-06, three file-heavy modules, one process, load ~5-8, alternating: 141/98 s on /tmp, 106/77 s on /dev/shm
# (system CPU 16-19 -> 10 s) while others' builds wrote to the disk; the whole suite with the disk quiet 659 -> 645 s,
# within the noise (docs/log/performance.md "Session of 2026-12-06, late morning: the test suite"). Tests that
# need a disk of their own mount one (support/disks.py). Each run's folder is kept until the next run of this script
# (for a failure's files), which removes those whose run has ended: the run holds a lock on <folder>.lock (fd 9,
# kept through `exec` by pytest's main process). A --basetemp of your own, or BRIEFGEN_TESTS_TMP=disk, keeps
# pytest's default (/tmp/pytest-of-<user>/).
SHM_NEEDED_KB=$((6 * 1024 * 1024))   # a whole run leaves ~1.3 GB (nearly all the 10,000-article site); room to spare
tests_tmp() {
    local shm=/dev/shm old
    [[ ${BRIEFGEN_TESTS_TMP:-} != disk && -d $shm && -w $shm ]] || return 1
    [[ $(stat -f -c %T "$shm" 2>/dev/null) == tmpfs ]] || return 1
    command -v flock >/dev/null 2>&1 || return 1
    for old in "$shm"/briefgen-tests.*.lock; do   # earlier runs' folders, where their run has ended
        [[ -e $old ]] || continue
        if flock -n "$old" true; then rm -rf -- "${old%.lock}" "$old"; fi
    done
    local free_kb
    free_kb=$(df -Pk "$shm" | awk 'NR == 2 { print $4 }')
    [[ ${free_kb:-0} -ge $SHM_NEEDED_KB ]] || return 1
    mktemp -d "$shm/briefgen-tests.XXXXXX"
}
basetemp=()
case " $* " in
    *" --basetemp"*) ;;
    *)
        if folder=$(tests_tmp); then
            exec 9>"$folder.lock"
            flock -n 9 && basetemp=(--basetemp "$folder")
        fi
        ;;
esac

# One worker per logical CPU (pytest-xdist); a module's tests stay on one worker (loadscope), so a
# module's fixtures (a 10,000-article site, a built sample site, a browser page) are made once; modules
# are handed out in the order tests/conftest.py gives them (the longest first: HEAVY_MODULES).
# A test that runs 10 minutes (fixtures included; the slowest, the 10,000-article search site, takes
# ~1.5 min) is hung: it fails (pytest-timeout) rather than holding CI. The signal method (SIGALRM,
# which briefgen never uses): the thread method starts a timer thread per test, and a build forks
# no workers beside another thread (speed.parallel.can_fork; tests/output/test_machine_ends_build).
# -p no:benchmark: pytest-benchmark, where installed (it is no test extra), loads its plugin into every worker
# (~0.2 s of imports each) for a fixture no test uses.
exec "$PY" -m pytest -q -p no:benchmark -n logical --dist loadscope --no-loadscope-reorder --timeout 600 --timeout-method signal \
    "${basetemp[@]}" "$@"
