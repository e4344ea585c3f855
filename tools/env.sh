# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by tools/run, tools/test and tools/dev: sets up the build environment
# and runs commands inside it. Sourced, not executed.
#
# Two ways:
#  - natively, on a host that ships Qt >= 6.8 and KF6 (Debian 13 or later):
#    the packages of tools/packages.txt are installed with apt-get;
#  - elsewhere, in a Debian 13 root created once under the cache directory
#    ($PASAPAS_CACHE, default ~/.cache/pasapas) and entered with bubblewrap
#    for each command. Mounts live only as long as that command.

set -euo pipefail

PASAPAS_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PASAPAS_CACHE="${PASAPAS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pasapas}"
PASAPAS_ROOT="$PASAPAS_CACHE/debian13-root"
PASAPAS_PACKAGES_FILE="$PASAPAS_REPO/tools/packages.txt"
PASAPAS_SUITE=trixie

die() {
    echo "pasapas set-up: error: $*" >&2
    exit 1
}

note() {
    echo "pasapas set-up: $*" >&2
}

package_list() {
    sed -e 's/#.*//' -e 's/[[:space:]]//g' "$PASAPAS_PACKAGES_FILE" | grep -v '^$'
}

package_stamp() {
    { package_list; echo "suite=$PASAPAS_SUITE"; } | sha256sum | cut -d' ' -f1
}

# Runs a command as root: directly, through sudo, or fails with a message.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo "$@"
    elif command -v sudo >/dev/null 2>&1; then
        note "administrator rights are needed for: $*"
        sudo "$@" || die "could not get administrator rights (sudo refused)."
    else
        die "administrator rights are needed for '$*', but you are not root and sudo is not installed."
    fi
}

host_is_native() {
    [ "${PASAPAS_NATIVE:-}" = 1 ] && return 0
    [ "${PASAPAS_NATIVE:-}" = 0 ] && return 1
    [ -r /etc/os-release ] || return 1
    # shellcheck disable=SC1091
    local id version
    id="$(. /etc/os-release && echo "${ID:-}")"
    version="$(. /etc/os-release && echo "${VERSION_ID:-0}")"
    [ "$id" = debian ] && [ "${version%%.*}" -ge 13 ] 2>/dev/null
}

# The Debian mirror the host already uses, so that no address is written here.
host_mirror() {
    if [ -n "${PASAPAS_MIRROR:-}" ]; then
        echo "$PASAPAS_MIRROR"
        return
    fi
    local uri
    uri="$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | sed -n 's/^URIs:[[:space:]]*//p' | tr ' ' '\n' | grep -v security | grep '/debian/\?$' | head -n1 || true)"
    if [ -z "$uri" ]; then
        uri="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) { print $i; exit } }' | grep -v security | head -n1 || true)"
    fi
    [ -n "$uri" ] || die "no Debian mirror found in /etc/apt; set PASAPAS_MIRROR to one."
    echo "$uri"
}

ensure_host_tools() {
    local missing=()
    command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
    command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap)
    [ ${#missing[@]} -eq 0 ] && return 0
    command -v apt-get >/dev/null 2>&1 || die "please install ${missing[*]} with your package manager (apt-get not found)."
    note "installing ${missing[*]} on the host"
    as_root apt-get update -qq || die "apt-get update failed: is the network reachable?"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
        || die "could not install ${missing[*]}."
}

check_disk() {
    local dir="$1" need_mb="$2" avail_mb
    mkdir -p "$dir" || die "cannot create $dir"
    avail_mb="$(df -Pm "$dir" | awk 'NR == 2 { print $4 }')"
    if [ -n "$avail_mb" ] && [ "$avail_mb" -lt "$need_mb" ]; then
        die "not enough disk space in $dir: ${avail_mb} MB free, about ${need_mb} MB needed."
    fi
}

# Runs a command inside the root as its root user, with the network, for apt.
root_admin() {
    as_root bwrap --bind "$PASAPAS_ROOT" / --proc /proc --dev /dev --tmpfs /tmp \
        --ro-bind /etc/resolv.conf /etc/resolv.conf \
        --unshare-pid --die-with-parent \
        env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@"
}

setup_root() {
    local stamp_file="$PASAPAS_ROOT/.pasapas-packages" want
    want="$(package_stamp)"
    if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$want" ]; then
        return 0
    fi
    ensure_host_tools
    if [ ! -x "$PASAPAS_ROOT/usr/bin/apt-get" ] || [ ! -f "$PASAPAS_ROOT/.pasapas-bootstrapped" ]; then
        check_disk "$PASAPAS_CACHE" 6000
        local mirror
        mirror="$(host_mirror)"
        note "creating a Debian 13 build root in $PASAPAS_ROOT (once; about a minute)"
        as_root rm -rf "$PASAPAS_ROOT"
        mkdir -p "$PASAPAS_CACHE"
        if ! as_root debootstrap --variant=minbase "$PASAPAS_SUITE" "$PASAPAS_ROOT" "$mirror" >"$PASAPAS_CACHE/debootstrap.log" 2>&1; then
            tail -n 5 "$PASAPAS_CACHE/debootstrap.log" >&2 || true
            as_root rm -rf "$PASAPAS_ROOT"
            die "debootstrap of Debian 13 from $mirror failed (network down or mirror unreachable?); full log in $PASAPAS_CACHE/debootstrap.log"
        fi
        as_root touch "$PASAPAS_ROOT/.pasapas-bootstrapped"
    fi
    check_disk "$PASAPAS_CACHE" 3000
    note "installing the build packages in the root (tools/packages.txt changed or first run)"
    local apt_opts=(-o APT::Sandbox::User=root -o Dpkg::Use-Pty=0 -qq)
    local log="$PASAPAS_CACHE/apt.log"
    if ! root_admin apt-get "${apt_opts[@]}" update >"$log" 2>&1; then
        tail -n 5 "$log" >&2
        die "apt-get update in the build root failed: is the network reachable? (log: $log)"
    fi
    # shellcheck disable=SC2046
    if ! root_admin apt-get "${apt_opts[@]}" install -y --no-install-recommends $(package_list) >>"$log" 2>&1; then
        tail -n 15 "$log" >&2
        die "installing the packages of tools/packages.txt in the build root failed (log: $log)."
    fi
    root_admin apt-get "${apt_opts[@]}" clean || true
    echo "$want" | as_root tee "$stamp_file" >/dev/null
}

setup_native() {
    local missing=() p
    for p in $(package_list); do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    note "installing ${#missing[@]} missing packages: ${missing[*]}"
    as_root apt-get update -qq || die "apt-get update failed: is the network reachable?"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" \
        || die "could not install the packages of tools/packages.txt."
}

pasapas_setup() {
    if host_is_native; then
        setup_native
    else
        setup_root
    fi
}

# Runs a command in the build environment, from the current directory
# (which must be inside the repository when the root is used).
pasapas_exec() {
    local xdg="/tmp/pasapas-xdg-$(id -u)"
    if host_is_native; then
        mkdir -p "$xdg" && chmod 700 "$xdg"
        XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$xdg}" "$@"
        return
    fi
    mkdir -p "$PASAPAS_CACHE/ccache"
    local args=(--bind "$PASAPAS_ROOT" / --proc /proc --dev /dev --tmpfs /tmp
        --bind "$PASAPAS_REPO" "$PASAPAS_REPO"
        --bind "$PASAPAS_CACHE/ccache" /var/cache/ccache
        --unshare-pid --die-with-parent
        --chdir "$PWD")
    # Share the host's display when there is one, so ./tools/run shows the window.
    if [ -n "${DISPLAY:-}" ] && [ -d /tmp/.X11-unix ]; then
        args+=(--ro-bind /tmp/.X11-unix /tmp/.X11-unix)
        [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ] && args+=(--ro-bind "$XAUTHORITY" "$XAUTHORITY")
    fi
    [ -d /dev/dri ] && args+=(--dev-bind /dev/dri /dev/dri)
    [ -d /dev/shm ] && args+=(--tmpfs /dev/shm)
    bwrap "${args[@]}" env -i \
        PATH=/usr/lib/ccache:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/tmp/home LANG=C.UTF-8 \
        XDG_RUNTIME_DIR=/tmp/xdg \
        CCACHE_DIR=/var/cache/ccache \
        CCACHE_BASEDIR="$PASAPAS_REPO" CCACHE_NOHASHDIR=1 \
        DISPLAY="${DISPLAY:-}" XAUTHORITY="${XAUTHORITY:-}" \
        TERM="${TERM:-dumb}" \
        CTEST_OUTPUT_ON_FAILURE=1 \
        PASAPAS_IN_ROOT=1 \
        ${PASAPAS_EXTRA_ENV:-} \
        sh -c 'mkdir -p "$HOME" && mkdir -m 700 -p "$XDG_RUNTIME_DIR" && exec "$@"' sh "$@"
}

pasapas_build() {
    local type="${PASAPAS_BUILD_TYPE:-RelWithDebInfo}"
    if [ ! -f "$PASAPAS_REPO/build/build.ninja" ]; then
        (cd "$PASAPAS_REPO" && pasapas_exec cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$type" ${PASAPAS_CMAKE_ARGS:-})
    fi
    (cd "$PASAPAS_REPO" && pasapas_exec cmake --build build)
}
