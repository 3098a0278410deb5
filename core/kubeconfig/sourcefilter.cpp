#include "sourcefilter.h"

#include "kubeconfigtree.h"
#include "support/credentialfile.h"
#include "support/shellword.h"
#include "yamlemitter.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace kubeminder {

namespace {

QString qstr(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool present(const YAML::Node &node)
{
    return node.IsDefined() && !node.IsNull();
}

QString scalar(const YAML::Node &node)
{
    return present(node) && node.IsScalar() ? qstr(node.Scalar()) : QString();
}

// A value as it would be read, one line: scalars as they are, lists and maps in flow style.
// A guarded field is shown to the user before they say yes, so it must fit on one line and show
// exactly what would be written, not a summary of it.
QString flow(const YAML::Node &node)
{
    if (node.IsScalar())
        return qstr(node.Scalar());
    YAML::Emitter out;
    out << YAML::Flow << node;
    return QString::fromUtf8(out.c_str(), qsizetype(out.size()));
}

// Environment variables whose names say they hold a secret are shown without their value.
// A heuristic, and deliberately broad: showing "AWS_PROFILE=(not shown)" costs nothing, while
// printing a real secret into a confirmation dialog or a terminal cannot be undone.
bool looksSecret(const QString &name)
{
    static const QRegularExpression secret(QStringLiteral("secret|token|passw|key|credential|auth"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
}

QString execDetail(const YAML::Node &exec)
{
    if (!exec.IsMap())
        return flow(exec);
    // Shell-quoted, so the user reads the command line as a shell would run it, and an argument with
    // a space or a quote cannot pass for two harmless ones.
    QStringList words{shellWord(scalar(exec["command"]))};
    if (const YAML::Node args = exec["args"]; present(args) && args.IsSequence()) {
        for (const YAML::Node &arg : args)
            words << shellWord(arg.IsScalar() ? qstr(arg.Scalar()) : flow(arg));
    }
    QString detail = words.join(QLatin1Char(' '));
    QStringList environment;
    if (const YAML::Node env = exec["env"]; present(env) && env.IsSequence()) {
        for (const YAML::Node &variable : env) {
            const QString name = scalar(variable["name"]);
            environment
                << (looksSecret(name)
                        ? SourceFilter::tr("%1=(a value, not shown: the name says it is secret)").arg(name)
                        : name + QLatin1Char('=') + shellWord(scalar(variable["value"])));
        }
    }
    if (!environment.isEmpty())
        detail += SourceFilter::tr("; environment: %1").arg(environment.join(QStringLiteral(", ")));
    return detail;
}

QString authProviderDetail(const YAML::Node &provider)
{
    if (!provider.IsMap())
        return flow(provider);
    QString detail = scalar(provider["name"]);
    QStringList settings;
    if (const YAML::Node config = provider["config"]; present(config) && config.IsMap()) {
        for (auto it = config.begin(); it != config.end(); ++it) {
            const QString key = it->first.IsScalar() ? qstr(it->first.Scalar()) : QString();
            // Where tokens go is worth seeing; the tokens and client secrets themselves are not.
            settings << (key.contains(QLatin1String("url")) || key == QLatin1String("client-id")
                             ? key + QStringLiteral(": ") + flow(it->second)
                             : key);
        }
    }
    if (!settings.isEmpty())
        detail += QStringLiteral(" (") + settings.join(QStringLiteral(", ")) + QLatin1Char(')');
    return detail;
}

QString extensionsDetail(const YAML::Node &extensions)
{
    if (!extensions.IsSequence())
        return flow(extensions);
    QStringList names;
    for (const YAML::Node &extension : extensions)
        names << scalar(extension["name"]);
    return names.join(QStringLiteral(", "));
}

// What one field of a section is, and so what happens to it.
enum class Kind {
    Credential, ///< always crosses
    Guarded,    ///< crosses from a local file with a yes; refuses a source from elsewhere
    FileToData, ///< a path: guarded, and from a local file its contents are embedded as -data
    LocalOnly,  ///< crosses from a local file; from elsewhere left out without fuss (namespace)
    Name,       ///< structure (cluster, user of a context): the importer sets them
};

struct Rule
{
    const char *field;
    Kind kind;
    const char *dataField = nullptr; ///< for FileToData
};

// Anything not listed is left out and named in leftOut. An allow-list, not a deny-list: a field
// that a future kubectl adds is not copied until someone decides what it can do.
const Rule ClusterRules[] = {
    {"server", Kind::Credential},
    {"certificate-authority-data", Kind::Credential},
    // The server name only narrows which certificate is accepted; it cannot widen trust.
    {"tls-server-name", Kind::Credential},
    {"certificate-authority", Kind::FileToData, "certificate-authority-data"},
    {"insecure-skip-tls-verify", Kind::Guarded},
    // Every request would go through the named proxy; from a hostile source, that is the attacker's.
    {"proxy-url", Kind::Guarded},
    {"extensions", Kind::Guarded},
};

const Rule UserRules[] = {
    {"client-certificate-data", Kind::Credential},
    {"client-key-data", Kind::Credential},
    {"token", Kind::Credential},
    {"client-certificate", Kind::FileToData, "client-certificate-data"},
    {"client-key", Kind::FileToData, "client-key-data"},
    // A path from elsewhere could name any file here (~/.ssh/id_ed25519) and have kubectl send it to
    // the server as a token; from a local file its contents are embedded instead.
    {"tokenFile", Kind::FileToData, "token"},
    {"exec", Kind::Guarded},
    {"auth-provider", Kind::Guarded},
    {"as", Kind::Guarded},
    {"as-uid", Kind::Guarded},
    {"as-groups", Kind::Guarded},
    {"as-user-extra", Kind::Guarded},
    {"extensions", Kind::Guarded},
};

const Rule ContextRules[] = {
    {"cluster", Kind::Name},
    {"user", Kind::Name},
    // Harmless, but a remote file's namespace is the server admin's choice, not the user's; only a
    // local file the user picked sets it.
    {"namespace", Kind::LocalOnly},
    {"extensions", Kind::Guarded},
};

template<std::size_t N>
// A linear search over a dozen rules, once per field of three entries: nothing to optimise.
const Rule *ruleFor(const Rule (&rules)[N], const QString &field)
{
    const auto it = std::find_if(std::begin(rules), std::end(rules),
                                 [&](const Rule &rule) { return field == QLatin1String(rule.field); });
    return it == std::end(rules) ? nullptr : &*it;
}

QString reasonFor(const QString &field)
{
    if (field == QLatin1String("exec"))
        return SourceFilter::tr(
            "kubectl would run this program on this computer every time the context is used");
    if (field == QLatin1String("auth-provider"))
        return SourceFilter::tr("kubectl would hand authentication to this provider plugin");
    if (field == QLatin1String("tokenFile"))
        return SourceFilter::tr(
            "kubectl would send the contents of this file of this computer to the server");
    if (field == QLatin1String("client-certificate") || field == QLatin1String("client-key"))
        return SourceFilter::tr("kubectl would log in with this file of this computer");
    if (field == QLatin1String("certificate-authority"))
        return SourceFilter::tr("kubectl would trust the certificates in this file of this computer");
    if (field == QLatin1String("insecure-skip-tls-verify"))
        return SourceFilter::tr("kubectl would not check who the server is");
    if (field == QLatin1String("proxy-url"))
        return SourceFilter::tr("every request, credentials included, would go through this proxy");
    if (field.startsWith(QLatin1String("as")))
        return SourceFilter::tr("every request would act as another user or group (impersonation)");
    return SourceFilter::tr("data for other programs that read the kubeconfig");
}

QString sectionName(GuardedField::Section section, const QString &entry)
{
    switch (section) {
    case GuardedField::Section::Cluster:
        return SourceFilter::tr("cluster “%1”").arg(entry);
    case GuardedField::Section::User:
        return SourceFilter::tr("user “%1”").arg(entry);
    case GuardedField::Section::Context:
        return SourceFilter::tr("context “%1”").arg(entry);
    }
    return entry;
}

// Filters one item ({name, <body>: {...}}) by its rules.
class SectionFilter
{
public:
    SectionFilter(GuardedField::Section section, const char *bodyKey, SourceOrigin origin, QDir base,
                  FilteredSource &out)
        : m_section(section)
        , m_bodyKey(bodyKey)
        , m_origin(origin)
        , m_base(std::move(base))
        , m_out(out)
    {}

    template<std::size_t N>
    std::optional<YAML::Node> run(const YAML::Node &item, const Rule (&rules)[N], QString *error)
    {
        // Only the body is filtered; the entry's name is needed by the importer to find and rename it.
        m_entry = scalar(item["name"]);
        YAML::Node body(YAML::NodeType::Map);
        const YAML::Node source = item[m_bodyKey];
        if (present(source) && source.IsMap()) {
            // Files last: inline data they would replace (or that replaces them) is in place by then.
            for (const bool files : {false, true}) {
                for (auto it = source.begin(); it != source.end(); ++it) {
                    const QString field = it->first.IsScalar() ? qstr(it->first.Scalar()) : flow(it->first);
                    const Rule *rule = ruleFor(rules, field);
                    if ((rule && rule->kind == Kind::FileToData) != files)
                        continue;
                    if (!take(body, field, it->second, rule, error))
                        return std::nullopt;
                }
            }
        }
        YAML::Node filtered(YAML::NodeType::Map);
        filtered["name"] = item["name"].Scalar();
        filtered[m_bodyKey] = body;
        return filtered;
    }

private:
    bool take(YAML::Node &body, const QString &field, const YAML::Node &value, const Rule *rule,
              QString *error)
    {
        const std::string key = field.toStdString();
        if (!rule) {
            m_out.leftOut << QStringLiteral("%1: %2").arg(sectionName(m_section, m_entry), field);
            return true;
        }
        const bool local = m_origin == SourceOrigin::LocalFile;
        switch (rule->kind) {
        // Cloned so the filtered tree shares no node with the source document.
        case Kind::Credential:
        case Kind::Name:
            body[key] = YAML::Clone(value);
            return true;
        case Kind::LocalOnly:
            if (local)
                body[key] = YAML::Clone(value);
            else
                m_out.leftOut << QStringLiteral("%1: %2").arg(sectionName(m_section, m_entry), field);
            return true;
        case Kind::Guarded:
            return guarded(body, field, value);
        case Kind::FileToData:
            return fileToData(body, field, value, rule->dataField, error);
        }
        return true;
    }

    bool guarded(YAML::Node &body, const QString &field, const YAML::Node &value)
    {
        // Turning verification on, or an empty list, asks for nothing.
        // "false" keeps verification on; only a value that turns it off needs a yes.
        if (field == QLatin1String("insecure-skip-tls-verify") && value.IsScalar() &&
            value.Scalar() != "true") {
            return true;
        }
        QString detail;
        if (field == QLatin1String("exec"))
            detail = execDetail(value);
        else if (field == QLatin1String("auth-provider"))
            detail = authProviderDetail(value);
        else if (field == QLatin1String("extensions"))
            detail = extensionsDetail(value);
        else
            detail = flow(value);
        // From a local file the field is kept and the user decides; from elsewhere it is only reported,
        // so the refusal can list everything the source asked for.
        if (m_origin == SourceOrigin::LocalFile) {
            YAML::Node copy = YAML::Clone(value);
            // client-go resolves an exec command with a slash against the file's folder.
            if (field == QLatin1String("exec") && copy.IsMap()) {
                const QString command = scalar(copy["command"]);
                if (command.contains(QLatin1Char('/')) && !QDir::isAbsolutePath(command))
                    copy["command"] =
                        YAML::Node(QDir::cleanPath(m_base.absoluteFilePath(command)).toStdString());
            }
            // Kept after resolving, so the import does not depend on where the source file lay.
            body[field.toStdString()] = copy;
        }
        m_out.guarded.push_back({m_section, m_entry, field, detail, reasonFor(field)});
        return true;
    }

    bool fileToData(YAML::Node &body, const QString &field, const YAML::Node &value, const char *dataField,
                    QString *error)
    {
        const QString path = scalar(value);
        if (path.isEmpty())
            return true;
        if (m_origin != SourceOrigin::LocalFile) {
            // Never resolved against anything here: the path is shown as the source wrote it.
            m_out.guarded.push_back({m_section, m_entry, field, path, reasonFor(field)});
            return true;
        }
        // Relative to the source file's folder, as client-go resolves paths in a kubeconfig.
        const QString absolute = QDir::cleanPath(m_base.absoluteFilePath(path));
        const bool isToken = field == QLatin1String("tokenFile");
        // client-go prefers inline data to a file, but a tokenFile to a token.
        const YAML::Node &read = body;
        if (!isToken && present(read[dataField])) {
            m_out.leftOut << QStringLiteral("%1: %2").arg(sectionName(m_section, m_entry), field);
            return true;
        }
        // Bounded and regular files only (CredentialFile): a source naming /dev/zero or a FIFO must fail
        // cleanly, not hang the import.
        const auto bytes = CredentialFile::read({}, absolute, field, error);
        if (!bytes)
            return false;
        // Fresh nodes (untagged), so the writer quotes a token that reads as a number.
        body[dataField] =
            // A token is stored as text, trimmed as client-go trims a token file; certificates and keys are
            // stored base64 in their -data field.
            YAML::Node(isToken ? bytes->trimmed().toStdString() : bytes->toBase64().toStdString());
        m_out.guarded.push_back(
            {m_section, m_entry, field,
             SourceFilter::tr("%1 (its contents are written into the kubeconfig)").arg(absolute),
             reasonFor(field)});
        return true;
    }

    GuardedField::Section m_section;
    const char *m_bodyKey;
    SourceOrigin m_origin;
    QDir m_base;
    FilteredSource &m_out;
    QString m_entry;
};

} // namespace

QString GuardedField::describe() const
{
    return SourceFilter::tr("%1: %2 %3 — %4").arg(sectionName(section, entry), field, detail, reason);
}

std::optional<FilteredSource> SourceFilter::filter(const KubeconfigDocument &source, const QString &context,
                                                   SourceOrigin origin, QString *error)
{
    // The document's entries say which cluster and user the context names; the tree is searched for
    // the raw items, since only the tree carries every field, known or not.
    const auto entry = std::find_if(source.contexts().begin(), source.contexts().end(),
                                    [&](const ContextEntry &c) { return c.name == context; });
    const YAML::Node &root = source.root();
    const auto contextItem = KubeconfigTree::findNamed(root, "contexts", context);
    const auto clusterItem = entry != source.contexts().end()
                                 ? KubeconfigTree::findNamed(root, "clusters", entry->cluster)
                                 : std::nullopt;
    const auto userItem = entry != source.contexts().end()
                              ? KubeconfigTree::findNamed(root, "users", entry->user)
                              : std::nullopt;
    if (!contextItem || !clusterItem || !userItem) {
        if (error)
            *error = tr("context “%1” or the cluster or user it names is missing").arg(context);
        return std::nullopt;
    }

    FilteredSource out;
    const QDir base(QFileInfo(source.path()).absolutePath());
    QString failure;
    auto cluster = SectionFilter(GuardedField::Section::Cluster, "cluster", origin, base, out)
                       .run(*clusterItem, ClusterRules, &failure);
    auto user = cluster ? SectionFilter(GuardedField::Section::User, "user", origin, base, out)
                              .run(*userItem, UserRules, &failure)
                        : std::nullopt;
    auto filteredContext = user ? SectionFilter(GuardedField::Section::Context, "context", origin, base, out)
                                      .run(*contextItem, ContextRules, &failure)
                                : std::nullopt;
    if (!filteredContext) {
        if (error)
            *error = failure;
        return std::nullopt;
    }
    YAML::Node filtered(YAML::NodeType::Map);
    filtered["clusters"].push_back(*cluster);
    filtered["users"].push_back(*user);
    filtered["contexts"].push_back(*filteredContext);
    // With current-context set, the filtered document is a complete kubeconfig kubectl could use alone.
    filtered["current-context"] = YAML::Node(context.toStdString());
    // Emitted and parsed again rather than used as a tree: the document then goes through the same
    // checks as any file, so the import analyses exactly the bytes it would write.
    out.document = KubeconfigDocument::parse(source.path(), YamlEmitter::toYaml(filtered));
    return out;
}

QString SourceFilter::refusal(const QString &source, const std::vector<GuardedField> &guarded,
                              Surface surface)
{
    QStringList lines;
    for (const GuardedField &field : guarded)
        lines << QStringLiteral("  - ") + field.describe();
    if (surface == Surface::Window)
        return tr("Nothing was imported: %1 is not a file you named on this computer (it was fetched over "
                  "SSH, "
                  "read with administrator rights or piped in), so only credentials may cross from it, and "
                  "it "
                  "asks for more:\n%2\nIf you trust these, copy the file here, check it, and import that "
                  "file: "
                  "the preview then marks these lines and asks before it writes them.")
            .arg(source, lines.join(QLatin1Char('\n')));
    return tr("Nothing was imported: %1 is not a file you named on this computer (it was fetched over SSH, "
              "read "
              "with administrator rights or piped in), so only credentials may cross from it, and it asks "
              "for "
              "more:\n%2\nIf you trust these, copy the file here, check it, and import that file with "
              "--allow-exec.")
        .arg(source, lines.join(QLatin1Char('\n')));
}

} // namespace kubeminder
