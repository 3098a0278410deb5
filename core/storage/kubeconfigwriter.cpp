#include "kubeconfigwriter.h"

#include "kubeconfig/goyamlrules.h"
#include "kubeconfig/kubeconfigdocument.h"
#include "kubeconfiglock.h"
#include "support/atomicfile.h"
#include "support/boundedfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <string_view>

namespace kubeminder {

namespace {

// Linux's own limit (MAXSYMLINKS): a longer chain is a loop.
constexpr int MaximumSymlinkHops = 40;
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ReadableByOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                      QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                      QFileDevice::WriteOther | QFileDevice::ExeOther;

// The file really replaced: a symlink's final target, so the link itself stays a link (what
// client-go does too, since it writes through the link). The target need not exist yet.
std::optional<QString> resolveTarget(const QString &path, QString *error)
{
    QString current = path;
    for (int hop = 0; hop < MaximumSymlinkHops; ++hop) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            return info.absoluteFilePath();
        // symLinkTarget() resolves a relative link against the link's own folder.
        current = info.symLinkTarget();
    }
    *error = KubeconfigWriter::tr("%1 is a chain of more than %2 symbolic links, probably a loop. Point it "
                                  "at a real file.")
                 .arg(path)
                 .arg(MaximumSymlinkHops);
    return std::nullopt;
}

// The file's current bytes, or nullopt (with `error` empty) when it does not exist.
std::optional<QByteArray> readCurrent(const QString &path, QString *error)
{
    BoundedFile::Result file = BoundedFile::read(path, KubeconfigDocument::MaximumFileSize);
    switch (file.failure) {
    case BoundedFile::Failure::None:
        return std::move(file.bytes);
    case BoundedFile::Failure::Missing:
        return std::nullopt;
    case BoundedFile::Failure::NotAFile:
        *error = QFileInfo(path).isDir()
                     ? KubeconfigWriter::tr("%1 is a folder, not a kubeconfig file.").arg(path)
                     : KubeconfigWriter::tr("%1 is not a regular file (a pipe, socket or device); Kubeminder "
                                            "writes only to kubeconfig files.")
                           .arg(path);
        return std::nullopt;
    case BoundedFile::Failure::TooLarge:
        *error = KubeconfigWriter::tr("%1 is too large to be a kubeconfig.").arg(path);
        return std::nullopt;
    case BoundedFile::Failure::Unreadable:
        *error = KubeconfigWriter::tr("Cannot read %1: %2. Check the file's permissions.")
                     .arg(path, file.systemError);
        return std::nullopt;
    }
    return std::nullopt;
}

// The new file replaces the target atomically, owner-only from its first byte.
bool saveAtomically(const QString &target, const QByteArray &bytes, QFileDevice::Permissions permissions,
                    QString *error)
{
    const AtomicFile::Result saved = AtomicFile::save(target, bytes, permissions);
    switch (saved.failedAt) {
    case AtomicFile::Step::None:
        return true;
    case AtomicFile::Step::Create:
        *error = KubeconfigWriter::tr("Cannot create a temporary file next to %1: %2. Check that the folder "
                                      "is writable.")
                     .arg(target, saved.systemError);
        break;
    case AtomicFile::Step::Permissions:
        *error = KubeconfigWriter::tr("Cannot set the permissions of the new %1: %2.")
                     .arg(target, saved.systemError);
        break;
    case AtomicFile::Step::Write:
        *error = KubeconfigWriter::tr("Cannot write %1: %2. Free some disk space and try again.")
                     .arg(target, saved.systemError);
        break;
    case AtomicFile::Step::Commit:
        *error = KubeconfigWriter::tr("Cannot save %1: %2. Free some disk space and try again.")
                     .arg(target, saved.systemError);
        break;
    }
    return false;
}

bool parsesAsKubeconfig(const QString &path, const QByteArray &bytes, QString *error)
{
    const KubeconfigDocument doc = KubeconfigDocument::parse(path, bytes);
    if (doc.status() == KubeconfigDocument::Status::Ok || doc.status() == KubeconfigDocument::Status::Empty)
        return true;
    *error = doc.error();
    return false;
}

// ---- YAML output ------------------------------------------------------------------------------

const std::string CoreTagPrefix = "tag:yaml.org,2002:";
// An alias-heavy tree is small in memory but huge when written out; no kubeconfig comes near these.
constexpr std::size_t MaximumEmittedNodes = 4'000'000;
// No larger than a file KubeconfigDocument reads: a bigger one could not be read back after the
// write (so the write would be undone anyway), and yaml-cpp's emitter writes only ~5 MB/s.
constexpr std::size_t MaximumEmittedBytes = std::size_t(KubeconfigDocument::MaximumFileSize);
constexpr int MaximumDepth = 1000;

bool isBooleanKey(const std::string &key)
{
    // The kubeconfig fields whose values are booleans (client-go's api/v1 types).
    static constexpr std::array<std::string_view, 4> keys = {
        "insecure-skip-tls-verify", "disable-compression", "provideClusterInfo", "colors"};
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

bool isBoolean(const std::string &text)
{
    return text == "true" || text == "false";
}

// Walks the tree into a YAML::Emitter. yaml-cpp keeps no comments, so they are lost on a write;
// everything else (keys, order, scalars, tags) comes back as it was read.
class TreeEmitter
{
public:
    TreeEmitter()
    {
        m_out.SetIndent(2);
        m_out.SetMapFormat(YAML::Block);
        m_out.SetSeqFormat(YAML::Block);
    }

    QByteArray run(const YAML::Node &root)
    {
        if (!root.IsDefined())
            return {};
        node(root, {}, 0);
        if (m_failed || !m_out.good() || m_out.size() >= MaximumEmittedBytes) // the last node's text too
            return {};
        QByteArray text(m_out.c_str(), qsizetype(m_out.size()));
        text.append('\n');
        return text;
    }

private:
    void node(const YAML::Node &n, const std::string &key, int depth)
    {
        if (m_failed)
            return;
        if (++m_nodes > MaximumEmittedNodes || m_out.size() > MaximumEmittedBytes || depth > MaximumDepth) {
            m_failed = true;
            return;
        }
        switch (n.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            tag(n.Tag());
            m_out << YAML::Null;
            return;
        case YAML::NodeType::Scalar:
            scalar(n, key);
            return;
        case YAML::NodeType::Sequence:
            tag(n.Tag());
            if (n.size() == 0) {
                m_out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
                return;
            }
            m_out << YAML::BeginSeq;
            for (const YAML::Node &item : n)
                node(item, {}, depth + 1);
            m_out << YAML::EndSeq;
            return;
        case YAML::NodeType::Map:
            tag(n.Tag());
            if (n.size() == 0) {
                m_out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
                return;
            }
            m_out << YAML::BeginMap;
            for (auto it = n.begin(); it != n.end(); ++it) {
                m_out << YAML::Key;
                // Explicit keys ("? {}") where yaml-cpp's simple keys do not read back: it indents an
                // empty collection written as a simple key ("  {}: x"), which ends the mapping there,
                // and YAML limits a simple key to 1024 characters, which a long one can pass once
                // quoted (an escape such as "\x02" takes four).
                const YAML::Node key = it->first; // a copy: the iterator's pair is a temporary
                if (key.IsMap() || key.IsSequence() ||
                    (key.IsScalar() && key.Scalar().size() * 4 + key.Tag().size() > 1000))
                    m_out << YAML::LongKey;
                node(it->first, {}, depth + 1);
                m_out << YAML::Value;
                node(it->second, it->first.IsScalar() ? it->first.Scalar() : std::string(), depth + 1);
            }
            m_out << YAML::EndMap;
            return;
        }
    }

    void scalar(const YAML::Node &n, const std::string &key)
    {
        const std::string &text = n.Scalar();
        const std::string &nodeTag = n.Tag();
        // yaml-cpp tags a quoted scalar "!" (and a plain one "?"): quoted it was, quoted it stays,
        // or 'yes', "123" and "null" would reach kubectl as a boolean, a number and nothing.
        if (nodeTag == "!") {
            GoYamlRules::emitQuoted(m_out, text);
            return;
        }
        // A scalar built in code has no tag, so its text alone decides: quoted unless kubectl reads
        // it plain as that very string (not "yes", "010", "~" or a name with U+2028 in it). In a
        // kubeconfig only the boolean fields hold anything but strings.
        if (nodeTag.empty() && !GoYamlRules::plainReadsAsString(text) &&
            !(isBooleanKey(key) && isBoolean(text))) {
            GoYamlRules::emitQuoted(m_out, text);
            return;
        }
        tag(nodeTag);
        // yaml-cpp 0.7 writes a carriage return into a plain scalar unescaped (yaml-cpp#607) but reads
        // "\r\n" as a line break: a value ending in "\r" (a file saved with "\r\r\n" line ends) lost
        // one "\r" on every write. And it reads the escapes "\N" and "\_" as bytes that are not
        // UTF-8 (yaml-cpp#803), which plain style writes out as they are: a file we then refuse to
        // read. Double quotes escape the one and write U+FFFD for the other, as we read them anyway.
        // And it writes a plain scalar that starts with "---" or "..." as it is: at the start of a
        // line (a key of a block mapping) that reads back as the end of the document.
        // And a character go-yaml takes for a line break (NEL, U+2028, U+2029) would end the line.
        if (text.find('\r') != std::string::npos || !QByteArrayView(text).isValidUtf8() ||
            GoYamlRules::containsLineBreak(text) || text.rfind("---", 0) == 0 || text.rfind("...", 0) == 0) {
            GoYamlRules::emitQuoted(m_out, text);
            return;
        }
        // Plain, unless yaml-cpp sees that plain cannot hold it (": ", a leading "-", a line break).
        m_out << text;
    }

    void tag(const std::string &nodeTag)
    {
        if (nodeTag.empty() || nodeTag == "?" || nodeTag == "!")
            return;
        // The short forms only where they read back as the same tag: "!!" alone is invalid, and a "!"
        // further on would read as a tag handle ("!a!b"). Anything else is written out in full.
        const bool core = nodeTag.rfind(CoreTagPrefix, 0) == 0;
        const std::size_t suffix = core ? CoreTagPrefix.size() : 1;
        const bool shorthand = nodeTag.size() > suffix && nodeTag.find('!', suffix) == std::string::npos;
        if (core && shorthand)
            m_out << YAML::SecondaryTag(nodeTag.substr(suffix));
        else if (nodeTag.front() == '!' && shorthand)
            m_out << YAML::LocalTag(nodeTag.substr(suffix));
        else
            m_out << YAML::VerbatimTag(nodeTag);
    }

    YAML::Emitter m_out;
    std::size_t m_nodes = 0;
    bool m_failed = false;
};

} // namespace

KubeconfigWriter::KubeconfigWriter(BackupStore &backups, RetentionPolicy retention)
    : m_backups(backups)
    , m_retention(retention)
{}

WriteResult KubeconfigWriter::write(const QString &path, const QByteArray &bytes,
                                    const std::optional<QByteArray> &expectedCurrent, const QDateTime &now)
{
    WriteResult result;
    if (path.isEmpty()) {
        result.error = tr("No kubeconfig file was named to write.");
        return result;
    }
    const QString named = QFileInfo(path).absoluteFilePath();

    // Bad content is refused before anything on disk is touched.
    QString problem;
    if (!parsesAsKubeconfig(named, bytes, &problem)) {
        result.error = tr("Kubeminder did not write %1: the new content is not a valid kubeconfig (%2).")
                           .arg(named, problem);
        return result;
    }

    // Like client-go, a kubeconfig in a folder that does not exist yet gets its folder.
    const QString folder = QFileInfo(named).absolutePath();
    if (!QFileInfo(folder).isDir())
        QDir().mkpath(folder);

    // 1. The lock, on the name the user knows (client-go locks the path, not a symlink's target).
    std::optional<KubeconfigLock> lock = KubeconfigLock::acquire(named, &problem);
    if (!lock) {
        result.error = problem;
        return result;
    }

    const std::optional<QString> target = resolveTarget(named, &problem);
    if (!target) {
        result.error = problem;
        return result;
    }
    result.writtenPath = *target;

    const std::optional<QByteArray> current = readCurrent(*target, &problem);
    if (!problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    const QFileDevice::Permissions oldPermissions =
        current ? QFileInfo(*target).permissions() : QFileDevice::Permissions();

    // 2. Nobody else wrote the file since the caller read it (checked before the backup, so a
    //    refused write leaves no backup behind).
    if (current != expectedCurrent) {
        if (!expectedCurrent)
            result.error = tr("%1 was created by another program after Kubeminder looked for it. Reload "
                              "and try again.")
                               .arg(named);
        else if (!current)
            result.error = tr("%1 was removed or moved by another program after Kubeminder read it. Reload "
                              "and try again.")
                               .arg(named);
        else
            result.error = tr("Another program changed %1 after Kubeminder read it. Nothing was written: "
                              "reload and try again.")
                               .arg(named);
        return result;
    }

    // 3. The backup: the bytes on disk now, under the lock.
    if (current) {
        const std::optional<BackupEntry> backup = m_backups.save(named, *current, now, &problem, m_retention);
        if (!backup) {
            result.error = tr("Kubeminder did not write %1 because it could not back it up first: %2")
                               .arg(named, problem);
            return result;
        }
        result.backupPath = backup->path;
    }

    // 4. Temporary file, renamed over the target; owner-only.
    if (!saveAtomically(*target, bytes, OwnerOnly, &problem)) {
        result.error = problem;
        return result;
    }
    result.permissionsTightened = (oldPermissions & ReadableByOthers) != 0;

    if (m_afterCommit)
        m_afterCommit(*target);

    // 5. Read back what is on disk now.
    const std::optional<QByteArray> written = readCurrent(*target, &problem);
    if (problem.isEmpty() && !written)
        problem = tr("%1 disappeared right after it was written.").arg(*target);
    if (problem.isEmpty() && *written != bytes)
        problem = tr("%1 does not hold what was written to it.").arg(*target);
    if (problem.isEmpty() && !parsesAsKubeconfig(named, *written, &problem))
        problem = tr("%1 no longer reads as a kubeconfig: %2").arg(*target, problem);
    if (problem.isEmpty()) {
        result.ok = true;
        return result;
    }

    // 6. Undo, through the same atomic path, from the bytes that were backed up.
    result.permissionsTightened = false;
    if (!current) {
        QFile::remove(*target);
        result.error = tr("Writing %1 failed: %2 The new file was removed.").arg(named, problem);
        return result;
    }
    QString restoreProblem;
    // With its old mode too: the undo is complete, not a tightening the user was never told about.
    const bool restored = saveAtomically(*target, *current, oldPermissions, &restoreProblem);
    std::optional<QByteArray> check = restored ? readCurrent(*target, &restoreProblem) : std::nullopt;
    if (restored && check == current) {
        result.error = tr("Writing %1 failed: %2 The previous content was put back from the backup %3.")
                           .arg(named, problem, result.backupPath);
    } else {
        result.error = tr("Writing %1 failed: %2 Putting the previous content back failed too (%3). Restore "
                          "it from the backup %4 with “kubeminder restore”.")
                           .arg(named, problem, restoreProblem, result.backupPath);
    }
    return result;
}

WriteResult KubeconfigWriter::write(const KubeconfigDocument &original, const YAML::Node &root,
                                    const QDateTime &now)
{
    WriteResult result;
    if (original.status() == KubeconfigDocument::Status::Error) {
        result.error = tr("Kubeminder will not write over %1 because it could not read it: %2")
                           .arg(original.path(), original.error());
        return result;
    }
    const QByteArray bytes = emitYaml(root);
    if (bytes.isEmpty()) {
        result.error = tr("Kubeminder did not write %1: the new content could not be turned into YAML (it is "
                          "empty, too deep or too large).")
                           .arg(original.path());
        return result;
    }
    const std::optional<QByteArray> expected = original.status() == KubeconfigDocument::Status::Missing
                                                   ? std::nullopt
                                                   : std::optional<QByteArray>(original.bytes());
    return write(original.path(), bytes, expected, now);
}

WriteResult KubeconfigWriter::restore(const QString &backupPath, const QString &target, const QDateTime &now)
{
    WriteResult result;
    const QString backup = QFileInfo(backupPath).absoluteFilePath();
    const QString named = QFileInfo(target).absoluteFilePath();

    // The backup is read whole (and size-capped) before the target is touched at all.
    const QFileInfo backupInfo(backup);
    if (!backupInfo.exists()) {
        result.error = tr("The backup %1 no longer exists (it may have been removed or pruned). Nothing was "
                          "restored; %2 is unchanged.")
                           .arg(backup, named);
        return result;
    }
    QString problem;
    const std::optional<QByteArray> bytes = readCurrent(backup, &problem);
    if (!bytes) {
        if (problem.isEmpty())
            problem = tr("%1 disappeared while it was read.").arg(backup);
        result.error =
            tr("The backup cannot be used: %1 Nothing was restored; %2 is unchanged.").arg(problem, named);
        return result;
    }
    if (!parsesAsKubeconfig(backup, *bytes, &problem)) {
        result.error =
            tr("The backup %1 is not a valid kubeconfig (%2). Nothing was restored; %3 is unchanged.")
                .arg(backup, problem, named);
        return result;
    }

    // What is there now is what the restore replaces; write() backs it up and refuses when another
    // program changes it in between.
    const std::optional<QByteArray> current = readCurrent(named, &problem);
    if (!problem.isEmpty()) {
        result.error = tr("Cannot restore %1: %2 Nothing was restored.").arg(named, problem);
        return result;
    }
    return write(named, *bytes, current, now);
}

QByteArray KubeconfigWriter::emitYaml(const YAML::Node &root)
{
    return TreeEmitter().run(root);
}

} // namespace kubeminder
