#pragma once

#include "kubeconfigdocument.h"
#include "yamlsplicer.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace kubeminder {

/// A change to one kubeconfig file, made on a copy of its tree: the field-by-field edits an import
/// or `use` makes, never a text edit. Every field the edit does not name stays as it was read, in
/// its place. The document it started from goes along, so the writer can refuse to write over a
/// file that changed since.
class KubeconfigEdit
{
public:
    /// An edit of `document`. A missing or empty file starts as a new kubeconfig (apiVersion v1,
    /// kind Config); a broken one is never edited (the callers refuse it first).
    explicit KubeconfigEdit(const KubeconfigDocument &document);
    /// An edit of no file (for containers).
    KubeconfigEdit()
        : KubeconfigEdit(KubeconfigDocument())
    {}

    const KubeconfigDocument &original() const { return m_original; }
    QString path() const { return m_original.path(); }
    /// The file does not exist yet: writing the edit creates it.
    bool createsFile() const { return m_original.status() == KubeconfigDocument::Status::Missing; }

    enum class Outcome { Changed, Unchanged, NotFound };

    /// Every way a kubeconfig user can authenticate (client-certificate[-data], client-key[-data],
    /// token, tokenFile, username, password, exec, auth-provider): what a refresh replaces.
    static bool isCredentialField(const QString &field);
    /// certificate-authority and certificate-authority-data.
    static bool isCaField(const QString &field);
    /// Whether cluster `name` of `document` sets a CA field (even an empty one).
    static bool setsCa(const KubeconfigDocument &document, const QString &name);

    /// Gives user `name` the credentials of user `freshName` in `fresh`: all of its credential
    /// fields go (a user that had a token and now gets a certificate must not send both), the
    /// fresh ones take the place of the first, and every other field of the user stays.
    Outcome refreshUser(const QString &name, const KubeconfigDocument &fresh, const QString &freshName);

    struct ClusterChange
    {
        bool takeCa = true; ///< replace the CA fields by the fresh cluster's
        QStringList drop;   ///< fields to remove (insecure-skip-tls-verify next to a fresh CA)
        QString server;     ///< a new server address, in place (empty: keep)
    };
    /// Changes cluster `name` as `change` says, with the CA of cluster `freshName` in `fresh`.
    Outcome refreshCluster(const QString &name, const KubeconfigDocument &fresh, const QString &freshName,
                           const ClusterChange &change);

    /// Adds context, cluster and user `name`: copies of `freshContext` of `fresh` and of the
    /// cluster and user it names, renamed to `name`; `server` and `ns` replace theirs when given.
    void addContext(const QString &name, const KubeconfigDocument &fresh, const QString &freshContext,
                    const QString &server, const QString &ns);

    void setCurrentContext(const QString &name);

    /// The edited tree as YAML written whole (YamlEmitter). Empty when it cannot be written.
    QByteArray toYaml() const;
    /// The file's new bytes: the original with only the changed values spliced in (YamlSplicer),
    /// or, where that cannot be done safely, the whole tree and the reason. What the preview shows
    /// and the writer writes, made once per edit.
    const YamlSplicer::Result &render() const;
    /// What writing the edit does to the file, for the preview.
    struct Preview
    {
        QString path;
        QString diff;           ///< unified, secrets masked (KubeconfigDiff); empty for no change
        bool layoutKept = true; ///< only the changed values' bytes change
        QString layoutNote;     ///< when not: YamlSplicer::note()
    };
    Preview preview() const;
    /// The same for any tree meant to replace `original`'s.
    static YamlSplicer::Result render(const KubeconfigDocument &original, const YAML::Node &root);
    /// Whether the edit writes the same YAML the file would get unedited (a new file never is).
    bool isUnchanged() const;

    /// The edited tree, for KubeconfigWriter.
    const YAML::Node &root() const { return m_root; }

private:
    KubeconfigDocument m_original;
    YAML::Node m_root;
    mutable std::optional<YamlSplicer::Result> m_rendered; ///< render()'s, until the next change
};

} // namespace kubeminder
