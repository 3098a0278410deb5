#include "restorepreview.h"

#include "credentials/credentialchecker.h"
#include "kubeconfig/kubeconfigset.h"

#include <QMap>

#include <tuple>

namespace kubeminder {

namespace {

// One side of the restore: the file as kubectl would read it, and what the checker makes of it.
struct Side
{
    KubeconfigSet set;
    CheckReport report;
};

Side analyse(const QString &target, const QByteArray &bytes, const QDateTime &now)
{
    Side side;
    side.set = KubeconfigSet::merge({KubeconfigDocument::parse(target, bytes)});
    CheckOptions options;
    options.now = now;
    side.report = CredentialChecker::check(side.set, options);
    return side;
}

// What a credential is made of, as written in the file: the inline data and the files it names. An
// opaque token has no fingerprint or expiry to tell a new one by, only its bytes; they are compared
// here and go nowhere else.
bool sameMaterial(const UserEntry *a, const UserEntry *b)
{
    if (!a || !b)
        return !a && !b;
    const auto material = [](const UserEntry &user) {
        return std::tie(user.clientCertificateData, user.clientKeyData, user.clientCertificate,
                        user.clientKey, user.token, user.tokenFile, user.authProviderIdToken);
    };
    return material(*a) == material(*b);
}

// The user's credential only: a change of server, namespace or CA alone would read as "expires X →
// X", which says nothing to the person deciding.
bool sameCredentials(const ContextReport &before, const Side &now, const ContextReport &after,
                     const Side &restored)
{
    return before.credential.kind == after.credential.kind && before.credentialId() == after.credentialId() &&
           before.credential.notAfter == after.credential.notAfter &&
           sameMaterial(now.set.user(before.user), restored.set.user(after.user));
}

bool expired(const std::optional<QDateTime> &notAfter, const QDateTime &now)
{
    return notAfter && ExpiryPolicy().classify(*notAfter, now) == Status::Expired;
}

} // namespace

RestorePreview RestorePreview::compare(const QString &target, const std::optional<QByteArray> &current,
                                       const QByteArray &backup, const QDateTime &now)
{
    RestorePreview preview;
    // No file yet reads as an empty one: every context of the backup is added.
    const Side before = analyse(target, current.value_or(QByteArray()), now);
    const Side after = analyse(target, backup, now);
    for (const KubeconfigDocument &doc : before.set.documents())
        preview.currentIsBroken =
            preview.currentIsBroken || doc.status() == KubeconfigDocument::Status::Error;

    // By name, as kubectl tells contexts apart; QMap keeps them in name order.
    QMap<QString, std::pair<const ContextReport *, const ContextReport *>> byName;
    for (const ContextReport &context : before.report.contexts)
        byName[context.name].first = &context;
    for (const ContextReport &context : after.report.contexts)
        byName[context.name].second = &context;

    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        const auto [was, will] = it.value();
        if (was && will && sameCredentials(*was, before, *will, after))
            continue;
        RestoreChange change;
        change.kind = !was ? RestoreChange::Kind::Added
                           : (!will ? RestoreChange::Kind::Removed : RestoreChange::Kind::Changed);
        change.context = it.key();
        if (was)
            change.expiresBefore = was->credential.notAfter;
        if (will)
            change.expiresAfter = will->credential.notAfter;
        change.expiredBefore = expired(change.expiresBefore, now);
        change.expiredAfter = expired(change.expiresAfter, now);
        preview.changes.push_back(std::move(change));
    }
    return preview;
}

QStringList RestorePreview::describe(const std::function<QString(const QDateTime &)> &formatDate) const
{
    const auto expiry = [&formatDate](const std::optional<QDateTime> &when, bool isExpired) {
        if (!when)
            return tr("unknown");
        return isExpired ? tr("%1 (expired)").arg(formatDate(*when)) : formatDate(*when);
    };
    QStringList lines;
    if (currentIsBroken)
        lines << tr("The file is not a valid kubeconfig now; the restore replaces it whole.");
    for (const RestoreChange &change : changes) {
        const QString before = expiry(change.expiresBefore, change.expiredBefore);
        const QString after = expiry(change.expiresAfter, change.expiredAfter);
        switch (change.kind) {
        case RestoreChange::Kind::Added:
            lines << (change.expiresAfter ? tr("%1: added, expires %2").arg(change.context, after)
                                          : tr("%1: added").arg(change.context));
            break;
        case RestoreChange::Kind::Removed:
            lines << (change.expiresBefore ? tr("%1: removed, expires %2").arg(change.context, before)
                                           : tr("%1: removed").arg(change.context));
            break;
        case RestoreChange::Kind::Changed:
            lines << (change.expiresBefore || change.expiresAfter
                          ? tr("%1: expires %2 → %3").arg(change.context, before, after)
                          : tr("%1: other credentials, no expiry known").arg(change.context));
            break;
        }
    }
    if (lines.isEmpty())
        lines << tr("No context is added or removed, and no credentials change.");
    return lines;
}

} // namespace kubeminder
