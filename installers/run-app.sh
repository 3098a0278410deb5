#!/usr/bin/env bash
# Installs what is missing, builds, and opens the Kubeminder window.
# With no kubeconfig on this machine it opens a demo set whose credentials expire at varied dates.
set -euo pipefail
cd "$(dirname "$0")/.."

installers/setup-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target kubeminder
app=build/release/app/kubeminder

has_kubeconfig=false
IFS=':' read -r -a listed <<< "${KUBECONFIG:-}"
for f in "${listed[@]}"; do
    [[ -n "$f" && -f "$f" ]] && has_kubeconfig=true
done
[[ -z "${KUBECONFIG:-}" && -f "$HOME/.kube/config" ]] && has_kubeconfig=true

if [[ "$has_kubeconfig" == false ]]; then
    demo="${XDG_RUNTIME_DIR:-${TMPDIR:-/tmp}}/kubeminder-demo"
    rm -rf "$demo" # our own folder: a fresh set, dated from today
    echo "No kubeconfig found: opening the demo set in $demo"
    files=$("$app" demo "$demo" 2>/dev/null)
    export KUBECONFIG
    KUBECONFIG=$(paste -sd: <<< "$files")
fi
exec "$app" "$@"
