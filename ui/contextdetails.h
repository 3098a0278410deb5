#pragma once

#include "credentials/checkreport.h"
#include "probe/proberesult.h"
#include "transfer/importsourceregistry.h"

#include <QTextBrowser>

#include <optional>

namespace kubeminder {

/// The details pane of the main window: everything known about one context — its problems first,
/// with the next step as a link, the connection test's answer, then the entries, files and
/// credential (with a bar of its lifetime used). The links ask the window to act.
class ContextDetails : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ContextDetails(QWidget *parent = nullptr);

    /// Shows `context` (a row of `report`), with the last connection test of it and the source a
    /// refresh would fetch from, when there are any.
    void showContext(const ContextReport &context, const CheckReport &report,
                     const std::optional<ProbeResult> &probe, const std::optional<ImportSource> &remembered);

signals:
    void refreshRequested();
    /// "Keep it fresh automatically" (true) or "Turn off" (false).
    void keepFreshRequested(bool keep);
    void importRequested();
    void testRequested();
    /// Test again, running the context's exec plugin this time.
    void testWithExecRequested();

private:
    QString html(const ContextReport &c, const CheckReport &report, const std::optional<ProbeResult> &probe,
                 const std::optional<ImportSource> &remembered);
    void linkActivated(const QUrl &link);
};

} // namespace kubeminder
