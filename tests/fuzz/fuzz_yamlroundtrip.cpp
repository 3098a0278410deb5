// Fuzz target: the YAML write path. Whatever Kubeminder loaded, it must be able to write back so
// that it loads again as the same kubeconfig: load, emitYaml(root), load again. The invariants, each
// an abort() when broken:
// - the loader's fast path (long values lifted out of the text) reads the tree YAML::Load() reads
//   (both with go-yaml's meaning given by GoYamlRules);
// - every name and the current-context are written so that kubectl reads them as strings (quoted,
//   or plain text that YAML 1.1 does not read as a boolean, number or null);
// - the emitted text loads, with the status of the original, and the same clusters, users,
//   contexts and current-context (what kubectl would use);
// - the tree is the same: structure, keys, order, scalar text, explicit tags; a quoted scalar stays
//   quoted (a plain one may become quoted: that changes nothing for a string);
// - emitting the reloaded tree gives byte-identical text (writing is stable: a second write of an
//   unchanged file changes nothing), or, when the first write turned text that yaml-cpp#803 left
//   not UTF-8 into U+FFFD, the write after it does.
// And the splicing path (YamlSplicer), with the edits an import and `use` make (refresh of the first
// user and cluster, a new context, a current-context):
// - an edit that changes nothing gives the input back byte for byte;
// - the spliced text (or the whole-file fallback) loads as the kubeconfig the edited tree is.
#include "kubeconfig/goyamlrules.h"
#include "kubeconfig/kubeconfigdocument.h"
#include "kubeconfig/kubeconfigedit.h"
#include "kubeconfig/yamlemitter.h"
#include "kubeconfig/yamlloader.h"
#include "storage/kubeconfigwriter.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

namespace {

using namespace kubeminder;

// Aliases let a small input emit a huge text (the writer stops at 64 MiB); no real kubeconfig
// is larger than this, and loading more would take seconds per input.
constexpr qsizetype MaximumReloaded = 4 * 1024 * 1024;
// Tree nodes compared, aliases expanded.
constexpr std::size_t MaximumCompared = 1'000'000;

const QString Path = QStringLiteral("/nonexistent-kubeminder-fuzz/config");

[[noreturn]] void violated(const char *invariant, const QByteArray &text, const std::string &detail = {})
{
    std::fprintf(stderr, "fuzz_yamlroundtrip: %s\n%s\n--- text (%lld bytes) ---\n%.*s\n--- end ---\n",
                 invariant, detail.c_str(), static_cast<long long>(text.size()),
                 int(qMin<qsizetype>(text.size(), 4096)), text.constData());
    std::abort();
}

// yaml-cpp 0.7 decodes the escapes "\N" and "\_" to the single bytes 0x85 and 0xA0 instead of UTF-8
// (yaml-cpp#803, open), and its emitter then writes such a byte as U+FFFD. The loader now decodes
// them as go-yaml does (GoYamlRules::normalise), so loaded text is UTF-8; should any other stray
// byte get through, it is compared as Kubeminder reads it: QString::fromUtf8, U+FFFD and all.
bool sameText(const QByteArray &original, const QByteArray &reloaded)
{
    if (original == reloaded)
        return true;
    return !original.isValidUtf8() && QString::fromUtf8(original) == QString::fromUtf8(reloaded);
}

bool sameText(const std::string &original, const std::string &reloaded)
{
    return sameText(QByteArray::fromStdString(original), QByteArray::fromStdString(reloaded));
}

bool isNonSpecific(const std::string &tag)
{
    return tag.empty() || tag == "?" || tag == "!";
}

bool sameTag(const std::string &original, const std::string &reloaded)
{
    if (original == reloaded)
        return true;
    // yaml-cpp tags plain scalars "?" and quoted ones "!"; the writer may quote a plain string.
    return original == "?" && reloaded == "!";
}

std::string describe(const YAML::Node &node)
{
    std::string text = "type " + std::to_string(int(node.Type())) + " tag \"" + node.Tag() + "\"";
    if (node.IsScalar())
        text += " scalar " + QByteArray::fromStdString(node.Scalar()).toPercentEncoding(" ").toStdString();
    return text;
}

// Empty when the trees are the same, else the first difference found. Not `exact`: a plain scalar
// may have become a quoted one.
std::string compareTrees(const YAML::Node &original, const YAML::Node &reloaded, bool exact,
                         bool *madeUtf8 = nullptr)
{
    std::vector<std::pair<YAML::Node, YAML::Node>> pending{{original, reloaded}};
    std::size_t compared = 0;
    while (!pending.empty() && ++compared < MaximumCompared) {
        const auto [a, b] = pending.back();
        pending.pop_back();
        bool same = a.Type() == b.Type();
        if (same && a.IsNull()) {
            // "~", "null" and an empty value are all null; an explicit tag must survive.
            same = a.Tag() == b.Tag() || (!exact && isNonSpecific(a.Tag()));
        } else if (same && a.IsScalar()) {
            same = exact ? a.Scalar() == b.Scalar() && a.Tag() == b.Tag()
                         : sameText(a.Scalar(), b.Scalar()) && sameTag(a.Tag(), b.Tag());
            if (same && madeUtf8 && a.Scalar() != b.Scalar())
                *madeUtf8 = true;
        } else if (same && (a.IsSequence() || a.IsMap())) {
            // "!" on a collection says no more than "?": a mapping is a mapping.
            same = a.size() == b.size() &&
                   (a.Tag() == b.Tag() || (!exact && isNonSpecific(a.Tag()) && isNonSpecific(b.Tag())));
            for (auto i = a.begin(), j = b.begin(); same && i != a.end() && j != b.end(); ++i, ++j) {
                if (a.IsMap()) {
                    pending.emplace_back(i->first, j->first);
                    pending.emplace_back(i->second, j->second);
                } else {
                    pending.emplace_back(*i, *j);
                }
            }
        }
        if (!same)
            return "first: " + describe(a) + "\nsecond: " + describe(b);
    }
    return {};
}

bool sameEntries(const KubeconfigDocument &a, const KubeconfigDocument &b)
{
    if (a.currentContext() != b.currentContext() || a.clusters().size() != b.clusters().size() ||
        a.users().size() != b.users().size() || a.contexts().size() != b.contexts().size())
        return false;
    for (std::size_t i = 0; i < a.clusters().size(); ++i) {
        const ClusterEntry &x = a.clusters()[i];
        const ClusterEntry &y = b.clusters()[i];
        if (x.name != y.name || x.server != y.server || x.certificateAuthority != y.certificateAuthority ||
            x.certificateAuthorityData != y.certificateAuthorityData ||
            x.insecureSkipTlsVerify != y.insecureSkipTlsVerify || x.tlsServerName != y.tlsServerName ||
            x.proxyUrl != y.proxyUrl)
            return false;
    }
    for (std::size_t i = 0; i < a.users().size(); ++i) {
        const UserEntry &x = a.users()[i];
        const UserEntry &y = b.users()[i];
        if (x.name != y.name || x.clientCertificate != y.clientCertificate ||
            x.clientCertificateData != y.clientCertificateData || x.clientKey != y.clientKey ||
            x.clientKeyData != y.clientKeyData || !sameText(x.token, y.token) || x.tokenFile != y.tokenFile ||
            x.username != y.username || x.hasPassword != y.hasPassword ||
            x.exec.has_value() != y.exec.has_value() || x.authProvider != y.authProvider ||
            !sameText(x.authProviderIdToken, y.authProviderIdToken) ||
            x.authProviderCanRefresh != y.authProviderCanRefresh)
            return false;
        if (x.exec &&
            (x.exec->command != y.exec->command || x.exec->args != y.exec->args ||
             x.exec->apiVersion != y.exec->apiVersion || x.exec->interactiveMode != y.exec->interactiveMode))
            return false;
    }
    for (std::size_t i = 0; i < a.contexts().size(); ++i) {
        const ContextEntry &x = a.contexts()[i];
        const ContextEntry &y = b.contexts()[i];
        if (x.name != y.name || x.cluster != y.cluster || x.user != y.user || x.ns != y.ns)
            return false;
    }
    return true;
}

// A scalar kubectl reads as the string it holds: quoted, or plain and resolving to a string.
bool readsAsString(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return true; // no name: kubectl reads "" as we do
    if (!node.IsScalar())
        return false;
    return node.Tag() != "?" || (GoYamlRules::resolvePlain(node.Scalar()) == GoYamlRules::PlainType::String &&
                                 !GoYamlRules::containsLineBreak(node.Scalar()));
}

// The names a writer must never let YAML 1.1 turn into something else. Empty when all are fine.
std::string nameNotReadAsString(const YAML::Node &root)
{
    if (!root.IsMap())
        return {};
    if (!readsAsString(root["current-context"]))
        return "current-context";
    for (const char *list : {"clusters", "users", "contexts"}) {
        const YAML::Node items = root[list];
        if (!items.IsDefined() || !items.IsSequence())
            continue;
        for (const YAML::Node &item : items) {
            if (item.IsMap() && !readsAsString(item["name"]))
                return std::string(list) + " name " + describe(item["name"]);
        }
    }
    return {};
}

const QByteArray Fresh = "apiVersion: v1\nkind: Config\nclusters:\n- name: default\n  cluster:\n"
                         "    server: https://127.0.0.1:6443\n    certificate-authority-data: TkVXQ0E=\n"
                         "users:\n- name: default\n  user:\n    client-certificate-data: TkVXQ0VSVA==\n"
                         "    client-key-data: TkVXS0VZ\ncontexts:\n- name: default\n  context:\n"
                         "    cluster: default\n    user: default\ncurrent-context: default\n";

void checkSplice(const QByteArray &input, const KubeconfigDocument &original)
{
    if (original.status() != KubeconfigDocument::Status::Ok || input.size() > MaximumReloaded)
        return;
    const YamlSplicer::Result unchanged = KubeconfigEdit(original).render();
    if (!unchanged.layoutKept || unchanged.bytes != input)
        violated("an edit that changes nothing does not give the input back", unchanged.bytes,
                 unchanged.fallbackReason.toStdString());

    static const KubeconfigDocument fresh = KubeconfigDocument::parse(QStringLiteral("/fresh"), Fresh);
    KubeconfigEdit edit(original);
    if (!original.users().empty())
        edit.refreshUser(original.users().front().name, fresh, QStringLiteral("default"));
    if (!original.clusters().empty()) {
        KubeconfigEdit::ClusterChange change;
        change.server = QStringLiteral("https://fuzz.example:6443");
        edit.refreshCluster(original.clusters().front().name, fresh, QStringLiteral("default"), change);
    }
    const QString added = QStringLiteral("kubeminder-fuzz-new");
    const bool taken = std::any_of(original.contexts().begin(), original.contexts().end(),
                                   [&](const ContextEntry &c) { return c.name == added; });
    if (!taken)
        edit.addContext(added, fresh, QStringLiteral("default"), QString(), QString());
    edit.setCurrentContext(original.contexts().empty() ? added : original.contexts().front().name);

    const YamlSplicer::Result spliced = edit.render();
    // KUBEMINDER_FUZZ_VERBOSE=1: which inputs were spliced and why the others were not.
    static const bool verbose = qEnvironmentVariableIsSet("KUBEMINDER_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "splice: %s\n",
                     spliced.layoutKept ? "layout kept"
                                        : qPrintable(u"whole file: " + spliced.fallbackReason));
    const QByteArray whole = YamlEmitter::toYaml(edit.root());
    if (spliced.bytes.isEmpty() || whole.isEmpty())
        return;
    const KubeconfigDocument expected = KubeconfigDocument::parse(Path, whole);
    const KubeconfigDocument reloaded = KubeconfigDocument::parse(Path, spliced.bytes);
    if (expected.status() != KubeconfigDocument::Status::Ok)
        return; // the edit itself is refused (e.g. a name used twice): never written
    if (reloaded.status() != KubeconfigDocument::Status::Ok || !sameEntries(expected, reloaded))
        violated(spliced.layoutKept ? "the spliced text loads as another kubeconfig than the edit"
                                    : "the whole-file fallback loads as another kubeconfig than the edit",
                 spliced.bytes, reloaded.error().toStdString());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const KubeconfigDocument original = KubeconfigDocument::parse(Path, input);
    if (original.status() != KubeconfigDocument::Status::Ok &&
        original.status() != KubeconfigDocument::Status::Empty)
        return 0; // never written: the writer refuses a file it could not read
    // The loader lifts long values out of the text before yaml-cpp sees it, and promises the tree
    // YAML::Load() would give. (Blank text is Empty without being parsed at all.)
    if (!input.trimmed().isEmpty()) {
        const QByteArray prepared = GoYamlRules::prepare(input);
        YAML::Node plain = YamlLoader::loadPlain(prepared);
        GoYamlRules::afterParse(plain, std::string_view(prepared.constData(), std::size_t(prepared.size())));
        GoYamlRules::normalise(plain);
        const std::string difference = compareTrees(original.root(), plain, true);
        if (!difference.empty())
            violated("the fast loader and YAML::Load() read different trees", input, difference);
    }

    checkSplice(input, original);

    const QByteArray emitted = YamlEmitter::toYaml(original.root());
    // Empty: nothing to write (no tree), or refused as too deep or too large.
    if (emitted.isEmpty() || emitted.size() > MaximumReloaded)
        return 0;

    const KubeconfigDocument reloaded = KubeconfigDocument::parse(Path, emitted);
    if (const std::string name = nameNotReadAsString(reloaded.root()); !name.empty())
        violated("a name is written so that kubectl reads it as something else than a string", emitted, name);
    if (reloaded.status() != original.status())
        violated("the written text does not load as the same kind of document", emitted);
    if (!sameEntries(original, reloaded))
        violated("the written text loads as a different kubeconfig", emitted);
    bool madeUtf8 = false;
    if (const std::string difference = compareTrees(original.root(), reloaded.root(), false, &madeUtf8);
        !difference.empty())
        violated("the written text loads as a different YAML tree", emitted, difference);
    const QByteArray again = YamlEmitter::toYaml(reloaded.root());
    if (again == emitted)
        return 0;
    // Text that yaml-cpp#803 left not UTF-8 (see sameText) is written as U+FFFD, quoted; read back,
    // it is UTF-8 and may be written plain. From that second write on, writing must be stable.
    if (!madeUtf8 || YamlEmitter::toYaml(KubeconfigDocument::parse(Path, again).root()) != again)
        violated("writing the reloaded tree again gives different text", again);
    return 0;
}
