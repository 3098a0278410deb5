#!/usr/bin/env bash
# Regenerates the seed corpora tests/fuzz/corpus/<target>/ from the test data, the demo set, and
# certificates, keys and tokens minted here with openssl. Small files on purpose: libFuzzer mutates
# short inputs far faster, and the corpora are committed.
#   tests/fuzz/make-seeds.sh [KUBEMINDER_BINARY]
# The binary (for `kubeminder demo`) defaults to the first one built under build/.
set -euo pipefail
cd "$(dirname "$0")/../.."

kubeminder=${1:-}
if [[ -z "$kubeminder" ]]; then
    for candidate in build/release/app/kubeminder build/ci/app/kubeminder build/dev/app/kubeminder \
        build/asan/app/kubeminder; do
        if [[ -x "$candidate" ]]; then
            kubeminder=$candidate
            break
        fi
    done
fi
if [[ -z "$kubeminder" || ! -x "$kubeminder" ]]; then
    echo "make-seeds: no kubeminder binary; build one (cmake --preset release && cmake --build --preset release)" >&2
    echo "            or name it: tests/fuzz/make-seeds.sh path/to/kubeminder" >&2
    exit 1
fi
command -v openssl >/dev/null || { echo "make-seeds: openssl is needed" >&2; exit 1; }

corpus=tests/fuzz/corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in kubeconfig certificate jwt yamlroundtrip; do
    rm -rf "${corpus:?}/$target"
    mkdir -p "$corpus/$target"
done

b64() { base64 -w0 "$@"; }
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
jwt() { # jwt CLAIMS_JSON: an unsigned token, as TestPki::jwt makes them
    printf '%s.%s.%s' "$(printf '{"alg":"RS256","kid":"seed"}' | b64url)" "$(printf '%s' "$1" | b64url)" \
        "$(printf 'not-a-signature' | b64url)"
}

# ---- certificates and keys ------------------------------------------------------------------------
cd "$work"
ossl() { openssl "$@" 2>/dev/null; }
ossl ecparam -name prime256v1 -genkey -noout -out ca.key
ossl req -x509 -new -key ca.key -subj "/CN=k3s-client-ca@1700000000" -days 3650 -sha256 \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign -out ca.crt
ossl ecparam -name prime256v1 -genkey -out client.key # with an EC PARAMETERS block first, as K3s tools write
ossl req -new -key client.key -subj "/O=system:masters/CN=system:admin" -out client.csr
printf 'basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n' >client.ext
ossl x509 -req -in client.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 365 -sha256 \
    -extfile client.ext -out client.crt
cat client.crt ca.crt >client-bundle.crt
ossl genrsa -traditional -out rsa.key 2048
ossl req -x509 -new -key rsa.key -subj "/O=dev/O=ops/CN=kind-user" -days 36500 -sha256 -out rsa.crt
ossl pkcs8 -topk8 -nocrypt -in rsa.key -out rsa-pkcs8.key
ossl genpkey -algorithm ed25519 -out ed25519.key
ossl req -x509 -new -key ed25519.key -subj "/CN=edge" -days 1 -out ed25519.crt
ossl ecparam -name secp384r1 -genkey -noout -out p384.key
ossl ec -in p384.key -conv_form compressed -out p384-compressed.key
ossl req -x509 -new -key p384.key -subj "/CN=p384/O=a, b/OU=x+L=y" -days 30 -sha384 -out p384.crt
ossl pkcs8 -topk8 -passout pass:seed -in ca.key -out encrypted.key
ossl x509 -in client.crt -outform DER -out client.der
ossl ec -in ca.key -outform DER -out ca-key.der
ossl pkcs8 -topk8 -nocrypt -in ed25519.key -outform DER -out ed25519-pkcs8.der
cd - >/dev/null

cp "$work/client-bundle.crt" "$corpus/certificate/k3s-client-bundle.pem"
cat "$work/client.key" >"$corpus/certificate/ec-with-parameters.key"
cat "$work/client.crt" "$work/client.key" >"$corpus/certificate/ec-cert-and-key.pem"
cat "$work/rsa.crt" "$work/rsa.key" >"$corpus/certificate/rsa-pkcs1.pem"
cp "$work/rsa-pkcs8.key" "$corpus/certificate/rsa-pkcs8.key"
cat "$work/ed25519.crt" "$work/ed25519.key" >"$corpus/certificate/ed25519.pem"
cat "$work/p384.crt" "$work/p384-compressed.key" >"$corpus/certificate/p384-compressed-point.pem"
cp "$work/encrypted.key" "$corpus/certificate/encrypted.key"
cp "$work/client.der" "$corpus/certificate/client-cert.der"
cp "$work/ca-key.der" "$corpus/certificate/ec-sec1-key.der"
cp "$work/ed25519-pkcs8.der" "$corpus/certificate/ed25519-pkcs8.der"
# A bundle with text around the blocks and a block that never ends.
{
    echo "Subject: the cluster CA"
    cat "$work/ca.crt"
    echo "trailing text"
    head -n 3 "$work/client.crt"
} >"$corpus/certificate/text-and-truncated.pem"

# ---- tokens ---------------------------------------------------------------------------------------
jwt '{"iss":"https://kubernetes.default.svc","sub":"system:serviceaccount:default:deployer","exp":1767225600,"iat":1735689600,"nbf":1735689600}' >"$corpus/jwt/service-account"
jwt '{"iss":"https://dex.example.com","sub":"alice","aud":"kubernetes","exp":1735693200.5,"email":"a@example.com"}' >"$corpus/jwt/oidc-fractional-exp"
jwt '{"sub":"no-expiry","groups":["dev","ops"]}' >"$corpus/jwt/no-expiry"
jwt '{"exp":-5,"iat":"yesterday","nbf":253402300800}' >"$corpus/jwt/out-of-range-dates"
printf 'k3s-token-K10abcdef0123456789::server:0123456789abcdef' >"$corpus/jwt/opaque"
printf '{"exp":1e308,"sub":"\\u00e9\\ud83d\\ude00","iss":null,"nested":{"a":[1,2,{"b":true}]}}' >"$corpus/jwt/claims-raw-json"
printf '{"exp":9999999999}' >"$corpus/jwt/claims-minimal"

# ---- kubeconfigs ----------------------------------------------------------------------------------
"$kubeminder" demo "$work/demo" >/dev/null 2>&1 || { echo "make-seeds: $kubeminder demo failed" >&2; exit 1; }
cp "$work/demo/team.yaml" "$corpus/kubeconfig/demo-team.yaml"
cp "$work/demo/config" "$corpus/kubeconfig/demo-config.yaml"
for file in tests/data/kubeconfig/*.yaml tests/data/broken/*.yaml; do
    [[ -f "$file" ]] && cp "$file" "$corpus/kubeconfig/data-$(basename "$file")"
done

# The layout the speed benchmarks read (kubeminder_benchgen, built beside the binary when tests are):
# lists indented under their key, one file of two contexts per style.
benchgen="$(dirname "$kubeminder")/../tests/bench/kubeminder_benchgen"
if [[ -x "$benchgen" ]]; then
    for style in k3s kubeadm; do
        "$benchgen" --files 1 --contexts 2 --style "$style" "$work/bench-$style" >/dev/null
        cp "$work/bench-$style/bench-00.yaml" "$corpus/kubeconfig/bench-$style.yaml"
    done
else
    echo "make-seeds: no $benchgen (a build without tests): the bench-* seeds are left out" >&2
fi

ca_data=$(b64 "$work/ca.crt")
cat >"$corpus/kubeconfig/k3s-inline.yaml" <<EOF
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: $ca_data
    server: https://127.0.0.1:6443
  name: default
contexts:
- context:
    cluster: default
    user: default
  name: default
current-context: default
preferences: {}
users:
- name: default
  user:
    client-certificate-data: $(b64 "$work/client-bundle.crt")
    client-key-data: $(b64 "$work/client.key")
EOF
cat >"$corpus/kubeconfig/auth-kinds.yaml" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: c
  cluster: {server: "https://c.example:6443", insecure-skip-tls-verify: true, tls-server-name: c, proxy-url: "socks5://127.0.0.1:1080"}
- name: files
  cluster: {server: https://f.example, certificate-authority: ../pki/ca.crt}
users:
- name: token
  user: {token: $(jwt '{"sub":"system:serviceaccount:kube-system:admin","exp":1751328000}')}
- name: token-file
  user: {tokenFile: token.txt, token: opaque-fallback}
- name: exec
  user:
    exec: {apiVersion: client.authentication.k8s.io/v1, command: ./bin/get-token, args: [--cluster, c], interactiveMode: Never, env: [{name: SECRET, value: x}]}
- name: oidc
  user:
    auth-provider: {name: oidc, config: {id-token: $(jwt '{"iss":"https://dex","sub":"bob","exp":1748736000}'), refresh-token: r}}
- name: basic
  user: {username: admin, password: hunter2}
- name: files
  user: {client-certificate: client.crt, client-key: /nonexistent/client.key}
contexts:
- {name: token, context: {cluster: c, user: token, namespace: kube-system}}
- {name: token-file, context: {cluster: files, user: token-file}}
- {name: exec, context: {cluster: c, user: exec}}
- {name: oidc, context: {cluster: c, user: oidc}}
- {name: basic, context: {cluster: c, user: basic}}
- {name: files, context: {cluster: files, user: files}}
- {name: dangling, context: {cluster: nowhere, user: nobody}}
current-context: oidc
EOF
# Two files in one input (fuzz_kubeconfig splits at "\n#8<\n"): the second redefines an entry of the
# first, which merge shadows.
{
    printf 'clusters:\n- name: shared\n  cluster: {server: "https://first:6443"}\ncontexts:\n- name: ctx\n  context: {cluster: shared, user: u}\ncurrent-context: ctx\n'
    printf '#8<\n'
    printf 'clusters:\n- name: shared\n  cluster: {server: "https://second:6443"}\nusers:\n- name: u\n  user: {token: abc}\ncurrent-context: other\n'
    printf '#8<\n'
    printf 'users: []\n'
} >"$corpus/kubeconfig/merge-shadowed.yaml"

# ---- YAML for the write path ----------------------------------------------------------------------
cp "$corpus/kubeconfig/data-fields.yaml" "$corpus/yamlroundtrip/fields.yaml"
cp "$corpus/kubeconfig/auth-kinds.yaml" "$corpus/yamlroundtrip/auth-kinds.yaml"
cp "$corpus/kubeconfig/demo-team.yaml" "$corpus/yamlroundtrip/demo-team.yaml"
cat >"$corpus/yamlroundtrip/scalars.yaml" <<'EOF'
# comments are lost on a write, everything else stays
apiVersion: v1
kind: Config
preferences:
  colors: true
  extensions:
  - name: quoted
    extension: {a: "yes", b: 'no', c: "123", d: "null", e: "", f: "2024-01-01", g: "0755", h: "1:30"}
  - name: plain
    extension: {a: yes, b: off, c: 0x1F, d: ~, e: , f: 1.5e3, g: .inf, h: -.nan, i: 12:30:00}
  - name: block
    extension:
      literal: |
        line one
          indented: with colon
      folded: >-
        folded
        text
      multi: "tab\there\nnewline \u00e9 \U0001F600"
      tagged: !!str 42
      local: !custom value
      binary: !!binary aGVsbG8=
clusters:
- name: "needs: quoting"
  cluster:
    server: "https://[::1]:6443/#frag"
    insecure-skip-tls-verify: "true"
    extensions: [{name: x, extension: [1, [2, [3, {}]], []]}]
contexts: []
current-context: "- dash"
EOF
cat >"$corpus/yamlroundtrip/anchors.yaml" <<'EOF'
clusters:
- name: a
  cluster: &shared
    server: https://shared:6443
    insecure-skip-tls-verify: true
- name: b
  cluster: *shared
users:
- &u {name: u, user: {token: t}}
contexts:
- {name: c, context: {cluster: a, user: u}}
current-context: c
? [complex, key]
: {mapping: as key}
EOF
printf -- '--- !!map\nclusters: []\n...\n--- second document is ignored\n' >"$corpus/yamlroundtrip/documents.yaml"
printf '{}\n' >"$corpus/yamlroundtrip/empty-map.yaml"
tests/fuzz/yaml-corner-seeds.sh "$corpus/kubeconfig" "$corpus/yamlroundtrip"

echo "make-seeds: $(find "$corpus" -type f | wc -l) seeds, $(du -sh "$corpus" | cut -f1) in $corpus"
