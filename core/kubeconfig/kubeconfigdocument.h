#pragma once

#include "kubeconfigentries.h"

#include <QCoreApplication>
#include <QDir>
#include <QString>

#include <optional>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace kubeminder {

/// One kubeconfig file: its YAML tree kept whole (so a later write preserves every field Kubeminder
/// does not manage), its status, and views of its clusters, users and contexts.
class KubeconfigDocument
{
    Q_DECLARE_TR_FUNCTIONS(KubeconfigDocument)

public:
    enum class Status {
        Ok,
        Empty,   ///< zero bytes, or no entries and no current-context
        Missing, ///< named in the list but does not exist (kubectl skips these silently)
        Error,   ///< unreadable, too large, invalid YAML, or not shaped like a kubeconfig
    };

    /// Larger files are refused before parsing: no real kubeconfig comes near this.
    static constexpr qint64 MaximumFileSize = 16 * 1024 * 1024;

    /// How much of a file a reader needs.
    enum class Detail {
        Tree,    ///< the YAML tree too: what an edit of the file starts from
        Entries, ///< the entries only, for a check or a listing: a file in the layout nearly every
                 ///< kubeconfig has is read without a YAML tree (PlainKubeconfigReader, ~10x faster);
                 ///< root() may then be null, and execEnvironment() has nothing
    };

    /// Reads and parses `path`. Never throws; problems end up in status() and error().
    static KubeconfigDocument load(const QString &path, Detail detail = Detail::Tree);
    /// Parses bytes as if they had been read from `path` (which anchors relative paths).
    static KubeconfigDocument parse(const QString &path, const QByteArray &bytes,
                                    Detail detail = Detail::Tree);

    /// client-go's reading of a *-data field: standard, padded base64, line breaks ignored;
    /// std::nullopt for anything else (kubectl refuses the file).
    static std::optional<QByteArray> decodeBase64(QByteArray encoded);
    /// client-go resolves a path in a kubeconfig against the folder of the file that holds it.
    static QString resolvePath(const QString &path, const QDir &base);

    QString path() const { return m_path; }
    Status status() const { return m_status; }
    /// A sentence a person can act on, naming the file and, for YAML errors, line and column.
    QString error() const { return m_error; }
    /// The bytes that were read: a writer compares them with the file to notice a concurrent change.
    const QByteArray &bytes() const { return m_bytes; }
    /// SHA-256 of bytes(), computed on demand (hashing every file at load time costs more than the
    /// YAML parse of its structure).
    QByteArray contentHash() const;
    const YAML::Node &root() const { return m_root; }

    QString currentContext() const { return m_currentContext; }
    const std::vector<ClusterEntry> &clusters() const { return m_clusters; }
    const std::vector<UserEntry> &users() const { return m_users; }
    const std::vector<ContextEntry> &contexts() const { return m_contexts; }

    static QString statusName(Status status);

    /// The env of user `userName`'s exec plugin, as name and value pairs, read from the tree when
    /// the plugin is about to run: values may be secrets, so no entry keeps them. Empty when the
    /// user or its plugin has none.
    std::vector<std::pair<QString, QString>> execEnvironment(const QString &userName) const;

private:
    void fail(const QString &message);
    bool extract();
    /// Only comments, or an empty "apiVersion: v1 / kind: Config" skeleton: empty, not an error.
    void markEmptyIfNothingRead();

    QString m_path;
    Status m_status = Status::Ok;
    QString m_error;
    QByteArray m_bytes;
    YAML::Node m_root;
    QString m_currentContext;
    std::vector<ClusterEntry> m_clusters;
    std::vector<UserEntry> m_users;
    std::vector<ContextEntry> m_contexts;
};

} // namespace kubeminder
