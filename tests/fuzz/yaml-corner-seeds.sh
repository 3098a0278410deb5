#!/usr/bin/env bash
# Writes the YAML corners where yaml-cpp and kubectl's go-yaml part (see core/kubeconfig/goyamlrules.h)
# as seeds into the given corpus folders: merge keys, repeated keys, YAML 1.1 words, escapes and
# Unicode line breaks, directives, kinds, null items. Called by make-seeds.sh.
#   tests/fuzz/yaml-corner-seeds.sh FOLDER...
set -euo pipefail
for folder in "$@"; do
    mkdir -p "$folder"
    cat >"$folder/corner-merge-keys.yaml" <<'EOF'
<<: {current-context: merged}
clusters:
- &c {name: c, cluster: &cc {server: "https://c:6443"}}
- <<: *c
  name: d
contexts:
- name: base
  context: &b {cluster: c, user: u, namespace: one}
- name: m
  context:
    namespace: mine
    <<: [*b, {user: v}]
    "<<": quoted is a key
EOF
    cat >"$folder/corner-repeated-keys.yaml" <<'EOF'
current-context: a
contexts:
- {name: a, context: {cluster: c, user: u, cluster: d}}
contexts:
- name: b
  context: {cluster: c}
current-context: b
EOF
    cat >"$folder/corner-yaml11-words.yaml" <<'EOF'
clusters:
- name: "yes"
  cluster: {server: "https://c:6443", insecure-skip-tls-verify: on}
- name: '010'
  cluster: {server: https://d:6443, disable-compression: No}
- name: 2026-01-01
  cluster: {server: https://e:6443}
contexts:
- name: !!str 0x1F
  context: {cluster: "yes", namespace: 1:20}
- name: ~
  context: {cluster: '010'}
extensions:
- name: e
  extension: {n: 1_000, f: 1e3, i: 0o17, s: "y"}
EOF
    printf '%s\n' 'contexts:' '- name: "a\Nb\_c\Ld\Pe\x41\u00e9"' '  context: {cluster: "\tc"}' \
        "- name: \"raw$(printf '\xc2\x85')nel and $(printf '\xe2\x80\xa8')ls\"" '  context: {cluster: c}' \
        "- name: a$(printf '\t')b" '  context:' '    cluster: |' '      blk' \
        'current-context: >-' '  folded' '  name' >"$folder/corner-escapes.yaml"
    printf '%%YAML 1.1\n---\napiVersion: v1\nkind: Config\ncontexts:\n- null\n- name: x\n---\nkind: Pod\n' \
        >"$folder/corner-directive-null-item.yaml"
    printf 'apiVersion: v1\nkind: Pod\nclusters:\n- name: yes\n  cluster: {server: .inf}\n' >"$folder/corner-refused.yaml"
    printf '\xef\xbb\xbf"current-context": t1\r\ncontexts:\r\n- {name: t1, context: {cluster: c}}\r\n' \
        >"$folder/corner-bom-crlf.yaml"
done
