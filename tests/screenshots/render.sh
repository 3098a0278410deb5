#!/usr/bin/env bash
# Renders the README screenshots: the real window on the demo set, under Xvfb, driven with the
# keyboard through xdotool as a user would.
#   tests/screenshots/render.sh [BUILD_DIR]     (default build/release)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
app="$build/app/kubeminder"
out=resources/screenshots
for tool in Xvfb import xdotool; do
    command -v "$tool" >/dev/null || {
        echo "render.sh needs Xvfb, ImageMagick's import and xdotool (apt-get install xvfb imagemagick xdotool)" >&2
        exit 1
    }
done

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
files=$("$app" demo "$work/demo" 2>/dev/null | paste -sd:)

display=:97
Xvfb "$display" -screen 0 1180x700x24 -nolisten tcp &
sleep 1
command -v xsetroot >/dev/null && DISPLAY=$display xsetroot -solid '#3b4252' || true
export DISPLAY=$display HOME="$work/home" KUBECONFIG="$files" QT_QPA_PLATFORM=xcb LC_ALL=en_GB.UTF-8 LANG=en_GB.UTF-8
export XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
mkdir -p "$HOME"

# The Raspberry Pi the expired demo context comes from, on a stage: a password-only SSH server on
# loopback whose /etc/rancher/k3s/k3s.yaml only a sudo with the same password reads (the test
# support's kubeminder_stagesshd). ~/.ssh/config names it pi.lan, as a user's would.
"$build/tests/support/kubeminder_stagesshd" "$work/stage" pi raspberry >"$work/stage.out" &
for _ in $(seq 50); do grep -q '^port' "$work/stage.out" 2>/dev/null && break; sleep 0.2; done
port=$(awk '/^port/ {print $2}' "$work/stage.out")
mkdir -p "$HOME/.ssh"
printf 'Host pi.lan\n    HostName 127.0.0.1\n    Port %s\n' "$port" >"$HOME/.ssh/config"

# A remembered SSH source for the expired demo context, so the details offer the one-click refresh.
mkdir -p "$XDG_CONFIG_HOME/Kubeminder"
cat >"$XDG_CONFIG_HOME/Kubeminder/kubeminder.conf" <<CONF
[importSources]
homelab-pi\\kind=ssh
homelab-pi\\location=ssh://pi@pi.lan/etc/rancher/k3s/k3s.yaml
homelab-pi\\lastImported=$(date -u -d '-377 days' +%Y-%m-%dT%H:%M:%SZ)
CONF

shot() { # shot NAME: the whole screen, after the window settled
    sleep 1.5
    import -window root "$out/$1.png"
    echo "wrote $out/$1.png"
}
key() { xdotool key --clearmodifiers "$@"; sleep 0.6; }

"$app" &
sleep 4
window=$(xdotool search --sync --onlyvisible --name '^Kubeminder$' | head -1)
xdotool windowmove "$window" 0 0 windowsize "$window" 1180 700
xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
# The most urgent context is the first row: select it, so the details show a problem and its fix.
xdotool mousemove 300 140 click 1
key ctrl+Home
key Down
shot main-window

key ctrl+i
dialog=$(xdotool search --onlyvisible --name 'Import a Kubeconfig' | head -1)
xdotool windowmove "$dialog" 40 30
shot import-dialog
key Escape

# A command as the source: the tool and the cluster write the command line.
xdotool windowfocus --sync "$window"
key ctrl+i
dialog=$(xdotool search --sync --onlyvisible --name 'Import a Kubeconfig' | head -1)
xdotool windowmove "$dialog" 40 30
sleep 0.5
key alt+r
key End
key alt+l
xdotool type --delay 20 dev
key alt+n
key ctrl+a
xdotool type --delay 20 kind-dev
shot import-command
key Escape

# A local file whose user runs a plugin: the preview lists it, and Import waits for the tick box.
cat >"$work/eks.yaml" <<'EKS'
apiVersion: v1
kind: Config
clusters:
- name: prod
  cluster:
    server: https://prod.example.com
users:
- name: prod
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: [eks, get-token, --cluster-name, prod, --region, eu-west-1]
      env:
      - name: AWS_PROFILE
        value: prod-admin
      interactiveMode: Never
contexts:
- name: prod
  context: {cluster: prod, user: prod}
current-context: prod
EKS
xdotool windowfocus --sync "$window"
xdotool mousemove 300 125 click 1
key ctrl+i
dialog=$(xdotool search --onlyvisible --name 'Import a Kubeconfig' | head -1)
xdotool windowmove "$dialog" 40 30
sleep 0.5
# By the keyboard, through the mnemonics: a local file as the source, "prod" as the name, Preview.
key alt+r
key Home
key alt+s
xdotool type --delay 20 "$work/eks.yaml"
key alt+n
key ctrl+a
xdotool type --delay 20 prod
key alt+p
shot import-guarded
key Escape

xdotool windowfocus --sync "$window"
key ctrl+comma
shot settings-files
# The Notifications tab by its mnemonic: thresholds and connection tests.
key alt+n
shot settings-notifications
key Escape

# The refresh a tired person does in one go: Ctrl+R on the expired context opens Import on its
# remembered source and fetches at once; the host key is new, the password is typed once, sudo's
# prompt offers it ticked, and Enter imports what the preview shows.
xdotool windowfocus --sync "$window"
xdotool mousemove 300 140 click 1
key ctrl+Home
key Down
key ctrl+r
dialog=$(xdotool search --sync --onlyvisible --name 'Import a Kubeconfig' | head -1)
xdotool windowmove "$dialog" 40 30
xdotool search --sync --onlyvisible --name 'Unknown Host Key' >/dev/null
shot ssh-host-key
key alt+o
xdotool search --sync --onlyvisible --name 'SSH Password' >/dev/null
shot ssh-password
xdotool type --delay 30 raspberry
key Return
xdotool search --sync --onlyvisible --name 'Administrator Password' >/dev/null
shot sudo-password
key Return
sleep 2
shot import-refresh-preview
key Return
sleep 2
shot import-refreshed
key Escape

# again NAME [VAR=VALUE...]: the window once more, in another environment, on the most urgent row.
again() {
    local name=$1
    shift
    kill "$(pgrep -f "$app" | head -1)" 2>/dev/null || true
    sleep 1
    env "$@" "$app" &
    sleep 4
    window=$(xdotool search --sync --onlyvisible --name '^Kubeminder$' | head -1)
    xdotool windowmove "$window" 0 0 windowsize "$window" 1180 700
    xdotool mousemove 300 140 click 1
    key ctrl+Home
    key Down
    shot "$name"
}
# The same window in Korean, the language of the first people who wrote about this problem.
again main-window-ko LANG=ko_KR.UTF-8 LC_ALL=ko_KR.UTF-8 LANGUAGE=ko
# A desktop that prefers dark (the portal's color-scheme; here the override that stands for it).
again main-window-dark KUBEMINDER_COLOR_SCHEME=dark

# The tray and a notification: a tray host (trayer) and a notification server (dunst) on a
# private session bus, and a fresh configuration so the demo's crossings are announced anew.
if command -v trayer >/dev/null && command -v dunst >/dev/null && command -v dbus-daemon >/dev/null; then
    kill "$(pgrep -f "$app" | head -1)" 2>/dev/null || true
    sleep 1
    rm -rf "$XDG_CONFIG_HOME/Kubeminder" "$XDG_STATE_HOME"
    dbus-daemon --session --fork --print-address=3 --print-pid=4 3>"$work/bus" 4>"$work/bus.pid"
    export DBUS_SESSION_BUS_ADDRESS=$(head -1 "$work/bus")
    trap 'kill $(cat "$work/bus.pid") $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
    cat >"$work/dunstrc" <<'DUNST'
[global]
    font = DejaVu Sans 10
    width = 380
    offset = 12x56
    origin = top-right
    frame_width = 1
    frame_color = "#888888"
    padding = 10
    horizontal_padding = 12
    format = "<b>%s</b>\n%b"
    icon_position = off
[urgency_low]
    background = "#2b2b2b"
    foreground = "#f0f0f0"
    timeout = 0
[urgency_normal]
    background = "#2b2b2b"
    foreground = "#f0f0f0"
    timeout = 0
[urgency_critical]
    background = "#5a1d1d"
    foreground = "#ffffff"
    frame_color = "#d02b2b"
    timeout = 0
DUNST
    dunst -config "$work/dunstrc" >/dev/null 2>&1 &
    trayer --edge bottom --align right --widthtype request --height 30 --SetDockType true \
        --transparent false --tint 0x303030 --expand true >/dev/null 2>&1 &
    sleep 1
    "$app" &
    sleep 5
    window=$(xdotool search --sync --onlyvisible --name '^Kubeminder$' | head -1)
    xdotool windowmove "$window" 0 0 windowsize "$window" 1180 640
    sleep 1
    # The tray icon sits in trayer's panel in the bottom right corner: open its menu.
    xdotool mousemove 1166 685 click 3
    shot tray-and-notification
fi
