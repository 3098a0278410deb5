#pragma once

#include "credentials/status.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace kubeminder {

/// A message in place, above the content it is about (KMessageWidget's idea): problems with the
/// loaded files, the outcome of an action and what to do next, without a modal box. Optionally one
/// action button ("Import…"), and a close button.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Positive, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows `text` (plain text; file paths and errors are never read as markup).
    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    /// Hides the bar and forgets its text.
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }
    void setClosable(bool closable);

signals:
    void actionTriggered();

private:
    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
};

} // namespace kubeminder
