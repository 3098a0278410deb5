#pragma once

#include "credentials/checkreport.h"
#include "credentials/embeddedcertificates.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QTextStream>

namespace kubeminder {

/// Turns a CheckReport into the three output formats of `kubeminder check`. Reports hold no
/// secrets, so nothing printed here can leak one.
class ReportFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormatter)

public:
    /// Aligned columns and the problems below them; ANSI colour for the status when `color`.
    /// Paths under `home` are shown as ~/... `nextSteps` (context name → command) ends the text
    /// with what to run, one line a context.
    static QString table(const CheckReport &report, bool color, const QString &home,
                         const QHash<QString, QString> &nextSteps = {});
    /// Indented JSON with the documented keys, in a stable order.
    static QString json(const CheckReport &report);
    /// The same JSON, written to `out` a few dozen contexts at a time: a report of 1,000 contexts
    /// is 2 MB of text, 4 MB as one QString, which would add to the command's peak memory.
    static void writeJson(const CheckReport &report, QTextStream &out);
    /// node_exporter textfile-collector format: the kubeminder_* series, and, given the files'
    /// certificates, x509-certificate-exporter's x509_cert_* series with its label set.
    static QString prometheus(const CheckReport &report, const EmbeddedCertificates &certificates = {});
    /// `text` made harmless for a terminal: every C0 and C1 control character and DEL becomes a
    /// visible escape ("\x1b"), so names from a kubeconfig cannot move the cursor, clear the
    /// screen or set the window title. Line breaks too: one value stays on one line.
    static QString terminalSafe(const QString &text);
};

} // namespace kubeminder
