# Shared by the scripts in this folder: installs Debian packages that are missing, once.
# shellcheck shell=bash

# The C libraries every CardPress build links against.
CARDPRESS_BUILD_PACKAGES=(
    pkg-config
    libcmark-gfm-dev libcmark-gfm-extensions-dev
    libxml2-dev libyaml-dev libxxhash-dev libpcsclite-dev
)

# Installs the named Debian packages that are not installed yet (needs root, or sudo).
install_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"
        then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

# Stops with a clear message when the Swift toolchain is not on the PATH.
require_swift() {
    if ! command -v swift >/dev/null 2>&1; then
        echo "error: the Swift 6 toolchain is not on the PATH." >&2
        echo "Install it from https://www.swift.org/install/linux/ and run this again." >&2
        exit 1
    fi
}
