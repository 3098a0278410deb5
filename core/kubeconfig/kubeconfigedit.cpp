#include "kubeconfigedit.h"

#include "kubeconfigdiff.h"
#include "kubeconfigtree.h"
#include "yamlemitter.h"

#include <algorithm>
#include <initializer_list>

namespace kubeminder {

namespace {

// Every key that decides how a user logs in. A refresh replaces all of them together: keeping an
// old token next to a fresh certificate, or an exec section next to a key, would leave the user
// with a login kubectl refuses (validateAuthInfo) or that still sends the stale credential.
const std::initializer_list<const char *> CredentialKeys = {"client-certificate",
                                                            "client-certificate-data",
                                                            "client-key",
                                                            "client-key-data",
                                                            "token",
                                                            "tokenFile",
                                                            "username",
                                                            "password",
                                                            "exec",
                                                            "auth-provider"};
// Both CA forms go together too: client-go refuses a cluster that sets both.
const std::initializer_list<const char *> CaKeys = {"certificate-authority", "certificate-authority-data"};
// Used when the CA is kept: replaceFields() then only applies the server override and drops.
const std::initializer_list<const char *> NoKeys = {};

bool contains(std::initializer_list<const char *> keys, const QString &field)
{
    return std::any_of(keys.begin(), keys.end(),
                       [&](const char *key) { return field == QLatin1String(key); });
}

// A string value for the tree. A fresh node, never an assignment of text to a node read from a
// file: yaml-cpp keeps the old node's tag ("?", plain), and the emitter would then write "010" or
// "yes" unquoted where kubectl must read a string.
YAML::Node text(const QString &value)
{
    return YAML::Node(value.toStdString());
}

// The body ("user: {...}") of the item of `list` named `name`, or an undefined node.
YAML::Node bodyOf(const YAML::Node &root, const char *list, const char *body, const QString &name)
{
    const std::optional<YAML::Node> item = KubeconfigTree::findNamed(root, list, name);
    return item ? KubeconfigTree::child(*item, body) : YAML::Node(YAML::NodeType::Undefined);
}

// A deep copy: the fresh document's tree must not share nodes with the edit, or renaming the copy
// would rename the entry in the fetched document too (yaml-cpp nodes are references).
YAML::Node copyOfItem(const YAML::Node &root, const char *list, const QString &name)
{
    const std::optional<YAML::Node> item = KubeconfigTree::findNamed(root, list, name);
    return item ? YAML::Clone(*item) : YAML::Node(YAML::NodeType::Map);
}

} // namespace

KubeconfigEdit::KubeconfigEdit(const KubeconfigDocument &document)
    : m_original(document)
{
    if (KubeconfigTree::present(document.root()) && document.root().IsMap()) {
        // The edit works on a clone, so the loaded document stays as read: isUnchanged() compares
        // against it.
        m_root = YAML::Clone(document.root());
    } else {
        // A missing or empty file becomes a minimal kubeconfig with the two keys every kubeconfig has.
        m_root = YAML::Node(YAML::NodeType::Map);
        m_root["apiVersion"] = "v1";
        m_root["kind"] = "Config";
    }
}

bool KubeconfigEdit::isCredentialField(const QString &field)
{
    return contains(CredentialKeys, field);
}

bool KubeconfigEdit::isCaField(const QString &field)
{
    return contains(CaKeys, field);
}

bool KubeconfigEdit::setsCa(const KubeconfigDocument &document, const QString &name)
{
    const YAML::Node body = bodyOf(document.root(), "clusters", "cluster", name);
    if (!body.IsMap())
        return false;
    for (const auto &field : body) {
        if (KubeconfigTree::isOneOf(field.first, CaKeys))
            return true;
    }
    return false;
}

KubeconfigEdit::Outcome KubeconfigEdit::refreshUser(const QString &name, const KubeconfigDocument &fresh,
                                                    const QString &freshName)
{
    m_rendered.reset();
    std::optional<YAML::Node> item = KubeconfigTree::findNamed(m_root, "users", name);
    if (!item)
        return Outcome::NotFound;
    const YAML::Node oldBody = KubeconfigTree::child(*item, "user");
    const YAML::Node newBody = KubeconfigTree::replaceFields(
        oldBody, bodyOf(fresh.root(), "users", "user", freshName), CredentialKeys);
    // Compared as emitted text, since yaml-cpp has no deep equality; an unchanged entry must leave
    // the file untouched, with no backup and no rewrite.
    if (YamlEmitter::toYaml(newBody) == YamlEmitter::toYaml(oldBody))
        return Outcome::Unchanged;
    (*item)["user"] = newBody;
    return Outcome::Changed;
}

KubeconfigEdit::Outcome KubeconfigEdit::refreshCluster(const QString &name, const KubeconfigDocument &fresh,
                                                       const QString &freshName, const ClusterChange &change)
{
    m_rendered.reset();
    std::optional<YAML::Node> item = KubeconfigTree::findNamed(m_root, "clusters", name);
    if (!item)
        return Outcome::NotFound;
    QList<QPair<QString, QString>> overrides;
    // The import's server address, when one was asked for: a K3s file says https://127.0.0.1:6443,
    // which only works on the server itself.
    if (!change.server.isEmpty())
        overrides.append({QStringLiteral("server"), change.server});
    const YAML::Node oldBody = KubeconfigTree::child(*item, "cluster");
    const YAML::Node newBody =
        KubeconfigTree::replaceFields(oldBody, bodyOf(fresh.root(), "clusters", "cluster", freshName),
                                      change.takeCa ? CaKeys : NoKeys, change.drop, overrides);
    if (YamlEmitter::toYaml(newBody) == YamlEmitter::toYaml(oldBody))
        return Outcome::Unchanged;
    (*item)["cluster"] = newBody;
    return Outcome::Changed;
}

void KubeconfigEdit::addContext(const QString &name, const KubeconfigDocument &fresh,
                                const QString &freshContext, const QString &server, const QString &ns)
{
    m_rendered.reset();
    const ContextEntry *source = nullptr;
    for (const ContextEntry &context : fresh.contexts()) {
        if (context.name == freshContext)
            source = &context;
    }
    YAML::Node context = copyOfItem(fresh.root(), "contexts", freshContext);
    YAML::Node cluster = copyOfItem(fresh.root(), "clusters", source ? source->cluster : QString());
    YAML::Node user = copyOfItem(fresh.root(), "users", source ? source->user : QString());
    // The three new entries share one name, so the imported context cannot point at an existing
    // cluster or user that happens to share the fetched file's names ("default" in every K3s file).
    cluster["name"] = text(name);
    if (!server.isEmpty())
        cluster["cluster"]["server"] = text(server);
    user["name"] = text(name);
    context["name"] = text(name);
    context["context"]["cluster"] = text(name);
    context["context"]["user"] = text(name);
    if (!ns.isEmpty())
        context["context"]["namespace"] = text(ns);

    for (const char *list : {"clusters", "users", "contexts"}) {
        // "clusters: null" or a missing list: kubectl treats both as empty, so a fresh list is made.
        if (!KubeconfigTree::present(KubeconfigTree::child(m_root, list)))
            m_root[list] = YAML::Node(YAML::NodeType::Sequence);
    }
    m_root["clusters"].push_back(cluster);
    m_root["users"].push_back(user);
    m_root["contexts"].push_back(context);
}

void KubeconfigEdit::setCurrentContext(const QString &name)
{
    m_rendered.reset();
    m_root["current-context"] = text(name);
}

QByteArray KubeconfigEdit::toYaml() const
{
    return YamlEmitter::toYaml(m_root);
}

YamlSplicer::Result KubeconfigEdit::render(const KubeconfigDocument &original, const YAML::Node &root)
{
    // A new or empty file has nothing to keep.
    if (original.status() == KubeconfigDocument::Status::Missing || original.bytes().isEmpty()) {
        YamlSplicer::Result result;
        result.bytes = YamlEmitter::toYaml(root);
        result.layoutKept = true;
        return result;
    }
    return YamlSplicer::splice(original.bytes(), original.root(), root, original.path());
}

const YamlSplicer::Result &KubeconfigEdit::render() const
{
    // Splicing reads the file twice more (positions, then the check): the preview and the write
    // share one result.
    if (!m_rendered)
        m_rendered = render(m_original, m_root);
    return *m_rendered;
}

KubeconfigEdit::Preview KubeconfigEdit::preview() const
{
    const YamlSplicer::Result &rendered = render();
    Preview preview;
    preview.path = path();
    preview.diff = KubeconfigDiff::unified(path(), m_original.bytes(), rendered.bytes);
    preview.layoutKept = rendered.layoutKept;
    if (!rendered.layoutKept)
        preview.layoutNote = YamlSplicer::note(path(), rendered.fallbackReason);
    return preview;
}

// Compares emitted text with emitted text, not with the file's bytes: the emitter's formatting of
// an untouched tree is not the user's, and comparing against the file would call every edit a change.
bool KubeconfigEdit::isUnchanged() const
{
    return !createsFile() && toYaml() == YamlEmitter::toYaml(m_original.root());
}

} // namespace kubeminder
