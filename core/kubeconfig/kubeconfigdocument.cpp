#include "kubeconfigdocument.h"

#include "goyamlrules.h"
#include "kubeconfigschema.h"
#include "kubeconfigtree.h"
#include "plainkubeconfigreader.h"
#include "support/boundedfile.h"
#include "yamlloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <string_view>
#include <yaml-cpp/depthguard.h>

namespace kubeminder {

namespace {

// The cluster extension client-go hands to a credential plugin as spec.cluster.config.
constexpr const char *ExecExtensionName = "client.authentication.k8s.io/exec";

// A part of the document that is not shaped like a kubeconfig. Thrown inside extraction only.
struct ShapeError
{
    QString message;
    YAML::Mark mark;
};

// yaml-cpp hands out std::string holding UTF-8 (the file was checked to be UTF-8 before parsing).
QString qstr(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// yaml-cpp's parse error without the file's own text: "bad YAML version: " and "invalid unicode: "
// go on with what the file holds there (a whole %YAML argument, say a pasted token), and an error
// message must not carry a secret. The line and column still say where to look.
QString parseErrorText(const std::string &message)
{
    for (const std::string_view quoting : {YAML::ErrorMsg::YAML_VERSION, YAML::ErrorMsg::INVALID_UNICODE}) {
        if (message.compare(0, quoting.size(), quoting) == 0)
            return qstr(std::string(quoting.substr(0, quoting.find_last_not_of(": ") + 1)));
    }
    return qstr(message);
}

bool present(const YAML::Node &node)
{
    return node.IsDefined() && !node.IsNull();
}

// Bytes, not QString: a token is secret and should not pass through a UTF-16 copy that is never
// wiped. The schema has already checked the type; this only guards the shape.
QByteArray rawScalar(const YAML::Node &map, const char *key)
{
    const YAML::Node node = map[key];
    if (!present(node))
        return {};
    if (!node.IsScalar()) {
        throw ShapeError{QCoreApplication::translate("KubeconfigDocument", "“%1” must be a single value")
                             .arg(QLatin1String(key)),
                         node.Mark()};
    }
    return QByteArray::fromStdString(node.Scalar());
}

QString scalar(const YAML::Node &map, const char *key)
{
    return QString::fromUtf8(rawScalar(map, key));
}

bool boolean(const YAML::Node &map, const char *key)
{
    const YAML::Node node = map[key];
    if (!present(node))
        return false;
    bool value = false;
    // yaml-cpp's bool decoding accepts the YAML 1.1 spellings (yes/no/on/off) that go-yaml also reads
    // as booleans, so both read the same value.
    if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
        throw ShapeError{QCoreApplication::translate("KubeconfigDocument", "“%1” must be true or false")
                             .arg(QLatin1String(key)),
                         node.Mark()};
    }
    return value;
}

YAML::Node mapping(const YAML::Node &parent, const char *key)
{
    const YAML::Node node = parent[key];
    if (present(node) && !node.IsMap()) {
        throw ShapeError{QCoreApplication::translate("KubeconfigDocument", "“%1” must be a mapping")
                             .arg(QLatin1String(key)),
                         node.Mark()};
    }
    return node;
}

// A *-data field, decoded (KubeconfigDocument::decodeBase64); the error names the field and entry.
template<typename Entry>
QByteArray decodeData(const YAML::Node &map, const char *key, const Entry &entry)
{
    std::optional<QByteArray> decoded = KubeconfigDocument::decodeBase64(rawScalar(map, key));
    if (!decoded) {
        throw ShapeError{QCoreApplication::translate("KubeconfigDocument", "“%1” of “%2” is not valid base64")
                             .arg(QLatin1String(key), entry.name),
                         map[key].Mark()};
    }
    return std::move(*decoded);
}

QStringList stringList(const YAML::Node &map, const char *key)
{
    QStringList list;
    const YAML::Node node = map[key];
    if (!present(node))
        return list;
    if (!node.IsSequence()) {
        throw ShapeError{
            QCoreApplication::translate("KubeconfigDocument", "“%1” must be a list").arg(QLatin1String(key)),
            node.Mark()};
    }
    for (const YAML::Node &item : node) {
        // A non-text item cannot reach this point (the schema refuses it); skipping is the safe default.
        if (item.IsScalar())
            list << qstr(item.Scalar());
    }
    return list;
}

// Walks one of the three top-level lists, checking the shape client-go expects and rejecting a
// name used twice in one file (client-go's conversion fails the whole file on that).
template<typename Fn>
void forEachNamed(const YAML::Node &root, const char *listKey, const char *itemKey, Fn &&fn)
{
    const YAML::Node list = root[listKey];
    if (!present(list))
        return;
    if (!list.IsSequence()) {
        throw ShapeError{QCoreApplication::translate("KubeconfigDocument", "“%1” must be a list")
                             .arg(QLatin1String(listKey)),
                         list.Mark()};
    }
    // One name per list per file: a duplicate fails the whole file, as client-go's conversion does.
    QSet<QString> names;
    for (const YAML::Node &item : list) {
        if (!item.IsMap() && !item.IsNull()) {
            throw ShapeError{QCoreApplication::translate("KubeconfigDocument",
                                                         "every item of “%1” must be a mapping with a name")
                                 .arg(QLatin1String(listKey)),
                             item.Mark()};
        }
        // A null item is an entry with nothing set, to client-go as to JSON.
        const QString name = item.IsMap() ? scalar(item, "name") : QString();
        if (names.contains(name)) {
            throw ShapeError{
                QCoreApplication::translate("KubeconfigDocument", "the name “%1” is used twice in “%2”")
                    .arg(name, QLatin1String(listKey)),
                item.Mark()};
        }
        names.insert(name);
        fn(name, item.IsMap() ? mapping(item, itemKey) : YAML::Node());
    }
}

// The 1-based line of the first byte sequence that is not UTF-8; 0 when the text is UTF-8.
// A line break is never part of a multi-byte sequence, so checking line by line is exact.
// The quick whole-buffer check first: nearly every file is valid, and the line search only runs
// to tell the user where the broken byte is.
qsizetype firstNonUtf8Line(const QByteArray &bytes)
{
    if (bytes.isValidUtf8())
        return 0;
    qsizetype line = 1;
    for (qsizetype start = 0; start <= bytes.size(); ++line) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (!QByteArrayView(bytes).sliced(start, end - start).isValidUtf8())
            return line;
        start = end + 1;
    }
    return line;
}

// Whether `path` is a chain of symbolic links that never reaches anything (Linux gives up after 40
// links, MAXSYMLINKS, with ELOOP). A chain that ends at a missing path is only dangling.
bool isSymlinkLoop(const QString &path)
{
    QSet<QString> seen;
    QFileInfo link(path);
    while (link.isSymLink()) {
        // 40 is Linux's own limit on symlinks followed in one lookup (ELOOP), so a longer chain fails in
        // kubectl too.
        if (seen.contains(link.absoluteFilePath()) || seen.size() >= 40)
            return true;
        seen.insert(link.absoluteFilePath());
        link = QFileInfo(link.symLinkTarget());
    }
    return false;
}

} // namespace

// *-data fields hold standard, padded base64. Like Go's decoder (which kubectl uses), line breaks
// are ignored and anything else that is not base64, missing padding included, is an error, and
// client-go decodes them as it loads: kubectl refuses the whole file.
std::optional<QByteArray> KubeconfigDocument::decodeBase64(QByteArray encoded)
{
    if (encoded.isEmpty())
        return QByteArray();
    if (encoded.contains('\n') || encoded.contains('\r'))
        encoded.removeIf([](char c) { return c == '\n' || c == '\r'; });
    auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || encoded.size() % 4 != 0)
        return std::nullopt;
    return std::move(decoded.decoded);
}

// client-go resolves every path in a kubeconfig against the folder of the file that holds it, not
// the working directory. Done at load, so an entry's path means the same wherever it is used.
QString KubeconfigDocument::resolvePath(const QString &path, const QDir &base)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    return QDir::cleanPath(base.absoluteFilePath(path));
}

KubeconfigDocument KubeconfigDocument::load(const QString &path, Detail detail)
{
    KubeconfigDocument doc;
    // Not canonical: the path stays as the user or KUBECONFIG named it, so messages and the entries'
    // `file` show the name they know, symlink or not.
    doc.m_path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(doc.m_path);
    if (!info.exists()) {
        // client-go skips a missing file, but stat() fails with ELOOP, not "no such file", on a
        // symlink loop, so kubectl reports that as an error; so do we, saying what it is.
        if (info.isSymLink() && isSymlinkLoop(doc.m_path)) {
            doc.fail(tr("%1 is a loop of symbolic links that never reaches a file. Point it at a real file.")
                         .arg(doc.m_path));
            return doc;
        }
        doc.m_status = Status::Missing;
        doc.m_error = tr("%1 does not exist.").arg(doc.m_path);
        return doc;
    }
    // A folder in KUBECONFIG is an error for kubectl too; folders are only scanned when the user adds
    // them in Kubeminder (KubeconfigSources).
    if (info.isDir()) {
        doc.fail(tr("%1 is a folder, not a kubeconfig file.").arg(doc.m_path));
        return doc;
    }
    // Checked before reading, from stat(), so a huge file costs nothing; BoundedFile checks again while
    // reading, since the file may grow in between.
    if (info.size() > MaximumFileSize) {
        doc.fail(tr("%1 is too large to be a kubeconfig (%2 MiB; the limit is %3 MiB).")
                     .arg(doc.m_path)
                     .arg(info.size() / (1024 * 1024))
                     .arg(MaximumFileSize / (1024 * 1024)));
        return doc;
    }
    // KUBECONFIG=/dev/null is the usual way to say "no kubeconfig"; kubectl reads it as empty.
    if (info.canonicalFilePath() == QLatin1String("/dev/null")) {
        doc.m_status = Status::Empty;
        return doc;
    }
    // Read from the open file, never blocking: a FIFO or device (KUBECONFIG=/dev/stdin) would hang
    // the window's reload, and the file may have grown or been swapped since stat().
    BoundedFile::Result file = BoundedFile::read(doc.m_path, MaximumFileSize);
    switch (file.failure) {
    case BoundedFile::Failure::None:
        break;
    case BoundedFile::Failure::Missing:
        doc.m_status = Status::Missing;
        doc.m_error = tr("%1 does not exist.").arg(doc.m_path);
        return doc;
    case BoundedFile::Failure::NotAFile:
        // Said so that it fits the window and the command line alike (import reads a pipe, too).
        doc.fail(tr("%1 is not a regular file (a pipe, socket or device). Kubeminder reads kubeconfig files "
                    "only: save the kubeconfig to a file, or import it.")
                     .arg(doc.m_path));
        return doc;
    case BoundedFile::Failure::TooLarge:
        doc.fail(tr("%1 is too large to be a kubeconfig (the limit is %2 MiB).")
                     .arg(doc.m_path)
                     .arg(MaximumFileSize / (1024 * 1024)));
        return doc;
    case BoundedFile::Failure::Unreadable:
        doc.fail(tr("Cannot read %1: %2. Check the file's permissions.").arg(doc.m_path, file.systemError));
        return doc;
    }
    return parse(doc.m_path, file.bytes, detail);
}

KubeconfigDocument KubeconfigDocument::parse(const QString &path, const QByteArray &bytes, Detail detail)
{
    KubeconfigDocument doc;
    doc.m_path = QFileInfo(path).absoluteFilePath();
    // The exact bytes are kept: the writer compares their hash with the file on disk before saving,
    // to refuse overwriting a change made meanwhile.
    doc.m_bytes = bytes;
    // An empty or blank file is a valid, empty kubeconfig to kubectl, and the natural target of a
    // first import.
    if (bytes.trimmed().isEmpty()) {
        doc.m_status = Status::Empty;
        return doc;
    }
    // NUL never occurs in YAML text; a binary file (an image, an archive) named by mistake gets a
    // plain sentence instead of a YAML error at some odd column.
    if (bytes.contains('\0')) {
        doc.fail(tr("%1 is not a kubeconfig: it contains binary data (NUL bytes).").arg(doc.m_path));
        return doc;
    }
    // yaml-cpp passes invalid UTF-8 through, and names that differ only there would all become
    // "\uFFFD" here and find each other; go-yaml refuses the file, and so kubectl does too.
    if (const qsizetype line = firstNonUtf8Line(bytes)) {
        doc.fail(tr("%1 is not a kubeconfig: line %2 is not UTF-8 text. Save the file as UTF-8.")
                     .arg(doc.m_path)
                     .arg(line));
        return doc;
    }
    // The common layout without a tree; anything else (and every error) takes the full path below.
    if (detail == Detail::Entries) {
        if (std::optional<PlainKubeconfigReader::Entries> entries =
                PlainKubeconfigReader::read(doc.m_path, bytes)) {
            doc.m_currentContext = std::move(entries->currentContext);
            doc.m_clusters = std::move(entries->clusters);
            doc.m_users = std::move(entries->users);
            doc.m_contexts = std::move(entries->contexts);
            doc.markEmptyIfNothingRead();
            return doc;
        }
    }
    try {
        // Read as kubectl does: go-yaml's line breaks, yaml-cpp's parse, go-yaml's meaning.
        doc.m_root = YamlLoader::loadWithinLimits(GoYamlRules::prepare(bytes));
        GoYamlRules::normalise(doc.m_root);
    } catch (const YamlLoader::LimitExceeded &e) {
        switch (e.reason) {
        case YamlLoader::LimitExceeded::Reason::TooManyNodes:
            doc.fail(tr("%1 is not a usable kubeconfig: it has more than %2 YAML values, far more than "
                        "any kubeconfig needs.")
                         .arg(doc.m_path)
                         .arg(qulonglong(YamlLoader::MaximumNodes)));
            break;
        case YamlLoader::LimitExceeded::Reason::AliasExpansion:
            doc.fail(tr("%1 is not a usable kubeconfig: its YAML aliases repeat too much (more than %2 "
                        "MiB once expanded; line %3, column %4), as “billion laughs” attacks do.")
                         .arg(doc.m_path)
                         .arg(qulonglong(YamlLoader::MaximumAliasExpansion / (1024 * 1024)))
                         .arg(e.mark.line + 1)
                         .arg(e.mark.column + 1));
            break;
        case YamlLoader::LimitExceeded::Reason::AliasCycle:
            doc.fail(tr("%1 is not a usable kubeconfig: a YAML alias refers to the value that contains it, "
                        "which never ends when expanded (line %2, column %3).")
                         .arg(doc.m_path)
                         .arg(e.mark.line + 1)
                         .arg(e.mark.column + 1));
            break;
        }
        return doc;
    } catch (const YAML::DeepRecursion &e) {
        // yaml-cpp's own message for this is "bad file".
        doc.fail(tr("%1 is not a usable kubeconfig: its YAML is nested too deeply (line %2, column %3).")
                     .arg(doc.m_path)
                     .arg(e.mark.line + 1)
                     .arg(e.mark.column + 1));
        return doc;
        // yaml-cpp's messages are English and technical; they are shown as the detail of a sentence that
        // says which file and where, which is what the user needs to fix it.
    } catch (const YAML::Exception &e) {
        doc.fail(tr("%1 is not valid YAML: %2 (line %3, column %4).")
                     .arg(doc.m_path, parseErrorText(e.msg))
                     .arg(e.mark.line + 1)
                     .arg(e.mark.column + 1));
        return doc;
    }
    if (!doc.extract())
        return doc;
    doc.markEmptyIfNothingRead();
    return doc;
}

void KubeconfigDocument::markEmptyIfNothingRead()
{
    if (m_clusters.empty() && m_users.empty() && m_contexts.empty() && m_currentContext.isEmpty())
        m_status = Status::Empty;
}

QByteArray KubeconfigDocument::contentHash() const
{
    return QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256);
}

void KubeconfigDocument::fail(const QString &message)
{
    m_status = Status::Error;
    m_error = message;
    // A broken file offers no entries at all, not the ones read before the error, so that nothing
    // from it takes part in the merge, as kubectl would load nothing from it.
    m_clusters.clear();
    m_users.clear();
    m_contexts.clear();
    m_currentContext.clear();
}

bool KubeconfigDocument::extract()
{
    const YAML::Node &root = m_root;
    // A document that is only "~" or "---": nothing to read, and not an error.
    if (!present(root))
        return true;
    if (!root.IsMap()) {
        fail(tr("%1 is not a kubeconfig: the top level must be a mapping (apiVersion, clusters, users, "
                "contexts).")
                 .arg(m_path));
        return false;
    }
    // The schema runs first and refuses what kubectl's JSON decoder refuses; the extraction below can
    // then rely on the types and only check shapes.
    if (const auto violation = KubeconfigSchema::check(root)) {
        fail(tr("%1 is not a valid kubeconfig: %2 (line %3, column %4).")
                 .arg(m_path, violation->message)
                 .arg(violation->mark.line + 1)
                 .arg(violation->mark.column + 1));
        return false;
    }
    const QDir base = QFileInfo(m_path).absoluteDir();
    try {
        m_currentContext = scalar(root, "current-context");
        forEachNamed(root, "clusters", "cluster", [&](const QString &name, const YAML::Node &c) {
            ClusterEntry e;
            e.name = name;
            e.file = m_path;
            if (present(c)) {
                e.server = scalar(c, "server");
                e.certificateAuthority = resolvePath(scalar(c, "certificate-authority"), base);
                e.certificateAuthorityData = decodeData(c, "certificate-authority-data", e);
                e.insecureSkipTlsVerify = boolean(c, "insecure-skip-tls-verify");
                e.tlsServerName = scalar(c, "tls-server-name");
                e.proxyUrl = scalar(c, "proxy-url");
                e.disableCompression = boolean(c, "disable-compression");
                if (const YAML::Node extensions = c["extensions"];
                    present(extensions) && extensions.IsSequence()) {
                    for (const YAML::Node &extension : extensions) {
                        if (extension.IsMap() &&
                            scalar(extension, "name") == QLatin1String(ExecExtensionName))
                            e.execConfig = GoYamlRules::toJson(extension["extension"]);
                    }
                }
            }
            m_clusters.push_back(std::move(e));
        });
        forEachNamed(root, "users", "user", [&](const QString &name, const YAML::Node &u) {
            UserEntry e;
            e.name = name;
            e.file = m_path;
            if (present(u)) {
                e.clientCertificate = resolvePath(scalar(u, "client-certificate"), base);
                e.clientCertificateData = decodeData(u, "client-certificate-data", e);
                e.clientKey = resolvePath(scalar(u, "client-key"), base);
                e.clientKeyData = decodeData(u, "client-key-data", e);
                e.token = rawScalar(u, "token");
                e.tokenFile = resolvePath(scalar(u, "tokenFile"), base);
                e.username = scalar(u, "username");
                // Only whether a password exists is kept: the entries are copied into reports, threads and
                // the UI model, and a password must not travel with them.
                e.hasPassword = !scalar(u, "password").isEmpty();
                if (const YAML::Node exec = mapping(u, "exec"); present(exec)) {
                    ExecPlugin plugin;
                    plugin.command = scalar(exec, "command");
                    // Like client-go: a command naming a path ("./bin/get-token") is relative to
                    // this file; a bare name ("aws") is looked up on PATH and stays as written.
                    if (plugin.command.contains(QLatin1Char('/')))
                        plugin.command = resolvePath(plugin.command, base);
                    plugin.args = stringList(exec, "args");
                    plugin.apiVersion = scalar(exec, "apiVersion");
                    plugin.interactiveMode = scalar(exec, "interactiveMode");
                    plugin.installHint = scalar(exec, "installHint").trimmed();
                    plugin.provideClusterInfo = boolean(exec, "provideClusterInfo");
                    e.exec = plugin;
                }
                if (const YAML::Node provider = mapping(u, "auth-provider"); present(provider)) {
                    e.authProvider = scalar(provider, "name");
                    if (const YAML::Node config = mapping(provider, "config"); present(config)) {
                        e.authProviderIdToken = rawScalar(config, "id-token");
                        // Only whether a refresh-token exists: its value is never needed, and never kept.
                        e.authProviderCanRefresh = !rawScalar(config, "refresh-token").isEmpty();
                    }
                }
            }
            m_users.push_back(std::move(e));
        });
        forEachNamed(root, "contexts", "context", [&](const QString &name, const YAML::Node &c) {
            ContextEntry e;
            e.name = name;
            e.file = m_path;
            if (present(c)) {
                e.cluster = scalar(c, "cluster");
                e.user = scalar(c, "user");
                e.ns = scalar(c, "namespace");
            }
            m_contexts.push_back(std::move(e));
        });
    } catch (const ShapeError &e) {
        fail(tr("%1 is not a valid kubeconfig: %2 (line %3, column %4).")
                 .arg(m_path, e.message)
                 .arg(e.mark.line + 1)
                 .arg(e.mark.column + 1));
        return false;
    } catch (const YAML::Exception &e) {
        fail(tr("%1 is not a valid kubeconfig: %2.").arg(m_path, qstr(e.msg)));
        return false;
    }
    return true;
}

// Read from the tree on demand instead of stored in UserEntry: env values may be secrets, and
// entries are copied widely.
std::vector<std::pair<QString, QString>> KubeconfigDocument::execEnvironment(const QString &userName) const
{
    std::vector<std::pair<QString, QString>> env;
    // Const throughout: a non-const operator[] would add keys to the tree.
    const YAML::Node &root = m_root;
    if (m_status != Status::Ok || !root.IsMap())
        return env;
    const std::optional<YAML::Node> user = KubeconfigTree::findNamed(root, "users", userName);
    if (!user)
        return env;
    const YAML::Node list =
        KubeconfigTree::child(KubeconfigTree::child(KubeconfigTree::child(*user, "user"), "exec"), "env");
    if (!list.IsSequence())
        return env;
    // The loader checked the types: a list of mappings (or nulls) of name and value texts.
    for (const YAML::Node &variable : list) {
        if (variable.IsMap())
            env.emplace_back(scalar(variable, "name"), scalar(variable, "value"));
    }
    return env;
}

QString KubeconfigDocument::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Empty:
        return QStringLiteral("empty");
    case Status::Missing:
        return QStringLiteral("missing");
    case Status::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

} // namespace kubeminder
