#include "execcredentialrunner.h"

#include "credentials/certificate.h"
#include "credentials/jsonwebtoken.h"
#include "credentials/privatekey.h"
#include "kubeconfig/kubeconfigset.h"
#include "support/boundedfile.h"
#include "support/secretbytes.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>
#include <utility>
#include <vector>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace kubeminder {

namespace {

const QString ApiV1 = QStringLiteral("client.authentication.k8s.io/v1");
const QString ApiV1beta1 = QStringLiteral("client.authentication.k8s.io/v1beta1");

// Enough of stderr to find its last lines after a flood; the message quotes far less.
constexpr qsizetype MaximumStderrKept = 64 * 1024;
// The CA file is read to hand it to the plugin; like any credential file it is small, and the
// bound keeps a wrong path (a log, an image) from being read whole.
constexpr qint64 MaximumCaFileSize = 1024 * 1024;
// How often the output pipes are drained while the plugin runs: often enough that a plugin
// printing a lot never blocks on a full pipe, rarely enough to cost nothing.
constexpr int PollIntervalMs = 50;
// Shorter env values ("1", "eu") are not worth hiding and would garble the message.
constexpr qsizetype MinimumRedactedLength = 6;
const QByteArray Redacted = QByteArrayLiteral("[redacted]");

// Moves what the plugin printed on one channel into `into`, without a QByteArray in between: the
// output holds a token or a key.
void drain(QProcess &process, QProcess::ProcessChannel channel, SecretBytes &into)
{
    process.setReadChannel(channel);
    const qint64 available = process.bytesAvailable();
    if (available <= 0)
        return;
    const qsizetype had = into.size();
    into.resize(had + qsizetype(available));
    const qint64 got = process.read(into.data() + had, available);
    into.resize(had + qsizetype(std::max<qint64>(got, 0)));
}

// The env of the plugin: read only now, since values may be secrets (UserEntry keeps none).
std::optional<std::vector<std::pair<QString, QString>>>
pluginEnvironment(const UserEntry &user, const KubeconfigSet &set, QString *error)
{
    const KubeconfigDocument *document = set.document(user.file);
    if (!document)
        return std::vector<std::pair<QString, QString>>();
    std::vector<std::pair<QString, QString>> env = document->execEnvironment(user.name);
    // The loader checked the types (a list of name and value texts); a name must also be there.
    if (std::any_of(env.begin(), env.end(), [](const auto &variable) { return variable.first.isEmpty(); })) {
        *error =
            QCoreApplication::translate("ExecCredentialRunner",
                                        "The “env” of the exec section of user “%1” in %2 must be a list of "
                                        "name and value pairs.")
                .arg(user.name, user.file);
        return std::nullopt;
    }
    return env;
}

// spec.cluster of KUBERNETES_EXEC_INFO, as client-go's ConfigToExecCluster builds it: the CA as
// bytes (read from the file when the kubeconfig names one) and the cluster's exec extension.
std::optional<QJsonObject> clusterInfo(const UserEntry &user, const KubeconfigSet &set,
                                       const QString &clusterName, QString *error)
{
    const ClusterEntry *cluster = clusterName.isEmpty() ? nullptr : set.cluster(clusterName);
    if (!cluster) {
        *error = clusterName.isEmpty()
                     ? QCoreApplication::translate(
                           "ExecCredentialRunner",
                           "The credential plugin of user “%1” needs the cluster's details "
                           "(provideClusterInfo), but no cluster was given.")
                           .arg(user.name)
                     : QCoreApplication::translate(
                           "ExecCredentialRunner",
                           "The credential plugin of user “%1” needs the details of cluster “%2” "
                           "(provideClusterInfo), but no kubeconfig defines that cluster.")
                           .arg(user.name, clusterName);
        return std::nullopt;
    }
    QJsonObject info{{QStringLiteral("server"), cluster->server}};
    if (!cluster->tlsServerName.isEmpty())
        info.insert(QStringLiteral("tls-server-name"), cluster->tlsServerName);
    if (cluster->insecureSkipTlsVerify)
        info.insert(QStringLiteral("insecure-skip-tls-verify"), true);
    QByteArray ca = cluster->certificateAuthorityData;
    if (ca.isEmpty() && !cluster->certificateAuthority.isEmpty()) {
        BoundedFile::Result file = BoundedFile::read(cluster->certificateAuthority, MaximumCaFileSize);
        if (!file.ok()) {
            *error = QCoreApplication::translate(
                         "ExecCredentialRunner",
                         "Cannot read the certificate authority %1 of cluster “%2” to give to the "
                         "credential plugin of user “%3”.")
                         .arg(cluster->certificateAuthority, cluster->name, user.name);
            return std::nullopt;
        }
        ca = std::move(file.bytes);
    }
    if (!ca.isEmpty())
        // Base64 in JSON, as Go marshals a []byte; plugins decode it that way.
        info.insert(QStringLiteral("certificate-authority-data"), QString::fromLatin1(ca.toBase64()));
    if (!cluster->proxyUrl.isEmpty())
        info.insert(QStringLiteral("proxy-url"), cluster->proxyUrl);
    if (cluster->disableCompression)
        info.insert(QStringLiteral("disable-compression"), true);
    if (cluster->execConfig)
        info.insert(QStringLiteral("config"), *cluster->execConfig);
    return info;
}

// An executable the way Go's exec.LookPath finds one: a command naming a path is used as is (a
// relative one against the kubeconfig's folder, as client-go's ResolvePaths does); a bare name is
// looked up on this process's PATH, not on one set by exec.env.
QString findProgram(const UserEntry &user, const QString &command)
{
    bool isPath = command.contains(QLatin1Char('/'));
#ifdef Q_OS_WIN
    isPath = isPath || command.contains(QLatin1Char('\\'));
#endif
    if (!isPath)
        return QStandardPaths::findExecutable(command);
    QString path = command;
    if (QDir::isRelativePath(path))
        path = QDir::cleanPath(QFileInfo(user.file).absoluteDir().absoluteFilePath(path));
    const QFileInfo info(path);
    return info.exists() && !info.isDir() ? info.absoluteFilePath() : QString();
}

void killProcessGroup(QProcess &process)
{
#ifdef Q_OS_UNIX
    // The plugin leads its own process group (setsid below): this also ends what it started
    // (a shell's children, a browser helper) that would otherwise outlive the timeout.
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
#endif
    process.kill();
    process.waitForFinished(2000);
}

// Removes what must never reach a message: the secrets we know of, private key blocks and
// anything shaped like a JWT.
QByteArray redact(QByteArray text, const std::vector<QByteArray> &secrets)
{
    for (const QByteArray &secret : secrets) {
        if (secret.size() >= MinimumRedactedLength)
            text.replace(secret, Redacted);
    }
    static const QRegularExpression privateKey(
        QStringLiteral("-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(-----END [A-Z ]*PRIVATE KEY-----|$)"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression jwt(
        QStringLiteral(R"(eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)"));
    QString string = QString::fromUtf8(text);
    string.replace(privateKey, QString::fromLatin1(Redacted));
    string.replace(jwt, QString::fromLatin1(Redacted));
    return string.toUtf8();
}

// The end of stderr, redacted, on one paragraph: what a person needs to see why the plugin failed.
QString stderrTail(const QByteArray &stderrBytes, const std::vector<QByteArray> &secrets)
{
    QString text = QString::fromUtf8(redact(stderrBytes, secrets)).trimmed();
    if (text.size() <= ExecCredentialRunner::StderrTailLength)
        return text;
    text = text.right(ExecCredentialRunner::StderrTailLength);
    // Start at a line when there is one to start at, rather than in the middle of a word.
    if (const qsizetype lineStart = text.indexOf(QLatin1Char('\n'));
        lineStart >= 0 && lineStart < text.size() - 1)
        text = text.mid(lineStart + 1);
    return QStringLiteral("…\n") + text.trimmed();
}

// Secrets the plugin may echo on stderr: the kubeconfig's env values, and whatever token or key
// it printed on stdout before failing.
std::vector<QByteArray> knownSecrets(const std::vector<std::pair<QString, QString>> &env,
                                     const QByteArray &stdoutBytes)
{
    std::vector<QByteArray> secrets;
    for (const auto &[name, value] : env)
        secrets.push_back(value.toUtf8());
    const QJsonObject status = QJsonDocument::fromJson(stdoutBytes).object().value(u"status").toObject();
    for (const char *key : {"token", "clientKeyData"}) {
        // The failing plugin's stdout is parsed only to learn what to hide; nothing from it is used.
        const QByteArray value = status.value(QLatin1String(key)).toString().toUtf8();
        if (value.isEmpty())
            continue;
        secrets.push_back(value);
        // A key printed without its PEM markers is still a key: hide every line of its body.
        for (const QByteArray &line : value.split('\n')) {
            if (!line.startsWith("-----"))
                secrets.push_back(line.trimmed());
        }
    }
    // Longest first, so a secret that contains another is hidden whole.
    std::sort(secrets.begin(), secrets.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    return secrets;
}

// RFC 3339 as Go's time.Parse(time.RFC3339) reads it (metav1.Time): date, 'T', time, optional
// fraction, 'Z' or an offset.
std::optional<QDateTime> parseRfc3339(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:Z|([+-])(\d{2}):(\d{2}))$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // Go accepts any number of fraction digits; QTime holds milliseconds, so the rest is cut, not
    // rounded, which can only make an expiry look earlier, never later.
    const int milliseconds = m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), milliseconds);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offset = 0;
    if (m.hasCaptured(8)) {
        const int hours = m.captured(9).toInt();
        const int minutes = m.captured(10).toInt();
        // Go's time.Parse refuses such an offset; so do we, rather than compute a nonsense time.
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offset = (hours * 3600 + minutes * 60) * (m.captured(8) == QLatin1String("-") ? -1 : 1);
    }
    const QDateTime when(date, time, offset == 0 ? QTimeZone::utc() : QTimeZone(offset));
    if (!when.isValid())
        return std::nullopt;
    return when.toUTC();
}

// One optional string field of status; false (with `error` set) when it is there but not a string.
bool readString(const QJsonObject &status, const char *key, QByteArray &out, const QString &who,
                QString *error)
{
    const QJsonValue value = status.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        *error = QCoreApplication::translate(
                     "ExecCredentialRunner",
                     "The credential plugin %1 printed an ExecCredential whose “status.%2” is not a "
                     "string.")
                     .arg(who, QLatin1String(key));
        return false;
    }
    out = value.toString().toUtf8();
    return true;
}

// Checks and reads the ExecCredential as client-go's refreshCredsLocked does.
std::optional<ExecCredential> parseCredential(const QByteArray &output, const ExecPlugin &plugin,
                                              const QString &who, QString *error)
{
    if (QByteArrayView(output).trimmed().isEmpty()) { // no trimmed copy of a secret
        *error = QCoreApplication::translate(
                     "ExecCredentialRunner",
                     "The credential plugin %1 printed nothing. An exec plugin must print an "
                     "ExecCredential (JSON) on its standard output.")
                     .arg(who);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // The parser's message and offset only: the output itself may hold a secret.
        *error = parseError.error != QJsonParseError::NoError
                     ? QCoreApplication::translate(
                           "ExecCredentialRunner",
                           "The credential plugin %1 did not print valid JSON (%2 at byte %3).")
                           .arg(who, parseError.errorString(), QString::number(parseError.offset))
                     : QCoreApplication::translate("ExecCredentialRunner",
                                                   "The credential plugin %1 did not print a JSON object.")
                           .arg(who);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QString apiVersion = root.value(u"apiVersion").toString();
    const QString kind = root.value(u"kind").toString();
    if (apiVersion.isEmpty() || kind.isEmpty()) {
        *error = QCoreApplication::translate(
                     "ExecCredentialRunner",
                     "The credential plugin %1 printed JSON without “apiVersion” and “kind”: it is not "
                     "an ExecCredential.")
                     .arg(who);
        return std::nullopt;
    }
    // client-go refuses a different version too: the decoder was chosen by the kubeconfig's version.
    if (apiVersion != plugin.apiVersion) {
        *error = QCoreApplication::translate(
                     "ExecCredentialRunner",
                     "The credential plugin %1 printed an ExecCredential of version “%2”, but the "
                     "kubeconfig asks for “%3”. Set the exec apiVersion to what the plugin supports.")
                     .arg(who, apiVersion, plugin.apiVersion);
        return std::nullopt;
    }
    if (kind != QLatin1String("ExecCredential")) {
        *error =
            QCoreApplication::translate("ExecCredentialRunner",
                                        "The credential plugin %1 printed a “%2”, not an ExecCredential.")
                .arg(who, kind);
        return std::nullopt;
    }
    const QJsonValue statusValue = root.value(u"status");
    if (!statusValue.isObject()) {
        *error = QCoreApplication::translate(
                     "ExecCredentialRunner",
                     "The credential plugin %1 printed an ExecCredential without a status.")
                     .arg(who);
        return std::nullopt;
    }
    const QJsonObject status = statusValue.toObject();
    ExecCredential credential;
    if (!readString(status, "token", credential.token, who, error) ||
        !readString(status, "clientCertificateData", credential.clientCertificateData, who, error) ||
        !readString(status, "clientKeyData", credential.clientKeyData, who, error))
        return std::nullopt;
    if (credential.token.isEmpty() && credential.clientCertificateData.isEmpty() &&
        credential.clientKeyData.isEmpty()) {
        *error = QCoreApplication::translate(
                     "ExecCredentialRunner",
                     "The credential plugin %1 returned neither a token nor a client certificate and key.")
                     .arg(who);
        return std::nullopt;
    }
    // Half a pair is refused, as client-go refuses it: a certificate cannot be used without its key.
    if (credential.clientCertificateData.isEmpty() != credential.clientKeyData.isEmpty()) {
        *error = QCoreApplication::translate(
                     "ExecCredentialRunner",
                     "The credential plugin %1 returned a client certificate or key, but not both.")
                     .arg(who);
        return std::nullopt;
    }
    const QJsonValue expiration = status.value(u"expirationTimestamp");
    if (!expiration.isUndefined() && !expiration.isNull()) {
        credential.expirationTimestamp = parseRfc3339(expiration.toString());
        if (!credential.expirationTimestamp) {
            *error = QCoreApplication::translate(
                         "ExecCredentialRunner",
                         "The credential plugin %1 returned an expirationTimestamp that is not an RFC 3339 "
                         "time (like 2026-06-15T12:00:00Z).")
                         .arg(who);
            return std::nullopt;
        }
    }
    // The plugin's own expiry is preferred: it says when the plugin will issue a new credential,
    // which may be before the certificate or token itself runs out.
    credential.notAfter = credential.expirationTimestamp;
    if (!credential.clientCertificateData.isEmpty()) {
        QString problem;
        const std::vector<Certificate> chain =
            Certificate::parsePemBundle(credential.clientCertificateData, &problem);
        if (chain.empty()) {
            *error = QCoreApplication::translate(
                         "ExecCredentialRunner",
                         "The credential plugin %1 returned a client certificate that cannot be read: %2")
                         .arg(who, problem);
            return std::nullopt;
        }
        const std::optional<PrivateKey> key = PrivateKey::parsePem(credential.clientKeyData, &problem);
        if (!key) {
            *error = QCoreApplication::translate(
                         "ExecCredentialRunner",
                         "The credential plugin %1 returned a client key that cannot be read: %2")
                         .arg(who, problem);
            return std::nullopt;
        }
        if (!chain.front().matches(*key)) {
            *error = QCoreApplication::translate(
                         "ExecCredentialRunner",
                         "The credential plugin %1 returned a client key that does not belong to its "
                         "certificate.")
                         .arg(who);
            return std::nullopt;
        }
        credential.subject = chain.front().info().subject;
        if (!credential.notAfter)
            credential.notAfter = chain.front().info().notAfter;
    }
    if (!credential.token.isEmpty()) {
        if (const std::optional<JsonWebToken> jwt = JsonWebToken::decode(credential.token)) {
            if (credential.subject.isEmpty())
                credential.subject = jwt->subject;
            if (!credential.notAfter)
                credential.notAfter = jwt->expiresAt;
        }
    }
    return credential;
}

QString secondsText(std::chrono::milliseconds timeout)
{
    return QString::number(double(timeout.count()) / 1000.0, 'g', 3);
}

} // namespace

// The window runs plugins in the background, where no one can answer a prompt. Every refusal here
// says why and how to get the credential by hand instead.
bool ExecCredentialRunner::canRunUnattended(const UserEntry &user, QString *reason)
{
    const auto refuse = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (!user.exec)
        return refuse(tr("User “%1” has no credential plugin (exec section).").arg(user.name));
    const ExecPlugin &plugin = *user.exec;
    if (plugin.command.isEmpty())
        return refuse(tr("The exec section of user “%1” names no command.").arg(user.name));
    if (plugin.apiVersion != ApiV1 && plugin.apiVersion != ApiV1beta1) {
        return refuse(tr("The credential plugin of user “%1” uses apiVersion “%2”, which kubectl no "
                         "longer runs. Use %3 or %4.")
                          .arg(user.name, plugin.apiVersion, ApiV1, ApiV1beta1));
    }
    // client-go defaults an unset mode to IfAvailable for v1beta1 and rejects it for v1.
    QString mode = plugin.interactiveMode;
    if (mode.isEmpty() && plugin.apiVersion == ApiV1beta1)
        mode = QStringLiteral("IfAvailable");
    if (mode.isEmpty()) {
        return refuse(tr("The credential plugin of user “%1” does not set interactiveMode, which %2 "
                         "requires; kubectl refuses it too. Set it to Never or IfAvailable.")
                          .arg(user.name, ApiV1));
    }
    if (mode == QLatin1String("Always")) {
        return refuse(tr("The credential plugin of user “%1” needs a terminal (interactiveMode: Always), "
                         "so it cannot run in the background. Run a kubectl command in a terminal to "
                         "refresh its credentials.")
                          .arg(user.name));
    }
    if (mode != QLatin1String("Never") && mode != QLatin1String("IfAvailable")) {
        return refuse(tr("The credential plugin of user “%1” has an unknown interactiveMode “%2”; "
                         "kubectl accepts Never, IfAvailable or Always.")
                          .arg(user.name, mode));
    }
    return true;
}

std::optional<ExecCredential> ExecCredentialRunner::run(const UserEntry &user, const KubeconfigSet &set,
                                                        const QString &clusterName,
                                                        std::chrono::milliseconds timeout, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!canRunUnattended(user, error))
        return std::nullopt;
    const ExecPlugin &plugin = *user.exec;
    const QString who = tr("“%1” of user “%2”").arg(plugin.command, user.name);

    const std::optional<std::vector<std::pair<QString, QString>>> env = pluginEnvironment(user, set, error);
    if (!env)
        return std::nullopt;

    const QString program = findProgram(user, plugin.command);
    if (program.isEmpty()) {
        QString message = tr("The credential plugin %1 was not found. Install it, or correct the command "
                             "in the user's exec section in %2.")
                              .arg(who, user.file);
        if (!plugin.installHint.isEmpty())
            message += QStringLiteral("\n\n") + plugin.installHint;
        *error = message;
        return std::nullopt;
    }
    if (!QFileInfo(program).isExecutable()) {
        *error = program == plugin.command
                     ? tr("The credential plugin %1 is not executable. Check its permissions.").arg(who)
                     : tr("The credential plugin %1 (%2) is not executable. Check its permissions.")
                           .arg(who, program);
        return std::nullopt;
    }

    // interactive: false tells the plugin not to prompt; client-go sets it so when stdin is not a
    // terminal, which it never is here.
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    if (plugin.provideClusterInfo) {
        const std::optional<QJsonObject> cluster = clusterInfo(user, set, clusterName, error);
        if (!cluster)
            return std::nullopt;
        spec.insert(QStringLiteral("cluster"), *cluster);
    }
    const QJsonObject execInfo{{QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                               {QStringLiteral("apiVersion"), plugin.apiVersion},
                               {QStringLiteral("spec"), spec}};

    // As client-go: this process's environment, then exec.env, then KUBERNETES_EXEC_INFO; the
    // later of two equal names wins.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : *env)
        environment.insert(name, value);
    environment.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
                       QString::fromUtf8(QJsonDocument(execInfo).toJson(QJsonDocument::Compact)));

    QProcess process;
    process.setProgram(program);
    process.setArguments(plugin.args);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    // No terminal: stdin reads as empty, and a new session has no controlling terminal to open.
    process.setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    process.setChildProcessModifier([] { ::setsid(); });
#endif

    const QDeadlineTimer deadline(timeout);
    // ReadOnly: the plugin gets no stdin pipe from us, only /dev/null (set above).
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(int(std::max<qint64>(deadline.remainingTime(), 1)))) {
        *error = tr("The credential plugin %1 could not be started: %2").arg(who, process.errorString());
        killProcessGroup(process);
        return std::nullopt;
    }

    // Both may hold secrets (a plugin may echo its token on stderr); wiped on every way out.
    SecretBytes output;
    SecretBytes errors;
    bool timedOut = false;
    bool tooLarge = false;
    const auto drainBoth = [&] {
        drain(process, QProcess::StandardOutput, output);
        drain(process, QProcess::StandardError, errors);
        if (errors.size() > MaximumStderrKept)
            errors.remove(0, errors.size() - MaximumStderrKept);
        tooLarge = output.size() > MaximumOutputSize;
    };
    while (process.state() != QProcess::NotRunning) {
        const qint64 remaining = deadline.remainingTime();
        if (remaining == 0) {
            timedOut = true;
            break;
        }
        // Short waits instead of one long waitForFinished(): output is drained as it arrives, and the
        // size bound is checked while the plugin still runs.
        process.waitForFinished(int(std::min<qint64>(remaining, PollIntervalMs)));
        drainBoth();
        if (tooLarge)
            break;
    }
    if (timedOut || tooLarge)
        killProcessGroup(process);
    drainBoth();

    if (timedOut) {
        *error = tr("The credential plugin %1 did not finish within %2 seconds and was stopped. It may be "
                    "waiting for a login in a browser or a terminal: run a kubectl command once to sign "
                    "in, then try again.")
                     .arg(who, secondsText(timeout));
        return std::nullopt;
    }
    if (tooLarge) {
        *error = tr("The credential plugin %1 printed more than %2 KiB, too much for an ExecCredential; "
                    "it was stopped.")
                     .arg(who, QString::number(MaximumOutputSize / 1024));
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString tail = stderrTail(errors.borrowed(), knownSecrets(*env, output.borrowed()));
        QString message = process.exitStatus() != QProcess::NormalExit
                              ? tr("The credential plugin %1 crashed.").arg(who)
                              : tr("The credential plugin %1 failed with exit code %2.")
                                    .arg(who, QString::number(process.exitCode()));
        if (!tail.isEmpty())
            message += QLatin1Char(' ') + tr("It said: %1").arg(tail);
        *error = message;
        return std::nullopt;
    }
    return parseCredential(output.borrowed(), plugin, who, error);
}

} // namespace kubeminder
