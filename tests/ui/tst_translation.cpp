#include "backupsdialog.h"
#include "demo/demoset.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "testenvironment.h"
#include "trayicon.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDomDocument>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace kubeminder;
using namespace kubeminder::test;

namespace {

bool hasHangul(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}

// Text that needs no translation: names and values from the demo set, paths, numbers, dates,
// and the few words kept in every language (product and protocol names).
bool needsNoTranslation(QString text)
{
    static const QRegularExpression kept(QStringLiteral(
        "https?://\\S+|ssh://\\S+|~?/[\\w./~-]*|\\b[\\w.-]+\\.(yaml|yml|lan|internal|com|conf)\\b|"
        "\\b(Kubeminder|kubeconfig|KUBECONFIG|kubectl|Kubernetes|K3s|SSH|CA|TLS|JWT|OIDC|exec|SHA-256|EC|"
        "P-256|RSA|Ed25519|k3s|rke2|RKE2|kubeadm|microk8s|MicroK8s|k0s|kind|k3d|Talos|talosctl|vcluster|sudo|"
        "pkexec|"
        "URL|HTTP|API|JSON|YAML|OK)"
        "\\b|"
        "\\b(homelab-pi|staging-k3s|edge-rpi|dev-kind|prod-eu|eks-prod|ci|lab|ops|aws|system:\\w+|"
        "web|shop|deploy|default|config|team)\\b|[\\d:.,/+%-]+"));
    text.remove(QLatin1Char('&'));
    text.remove(kept);
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]{2,}"));
    return !letters.match(text).hasMatch();
}

} // namespace

/// Under a Korean locale, every text the window shows is Korean (or a name, path or number).
class TestTranslation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { m_untranslated.clear(); }
    void catalogueIsComplete();
    void mainWindow();
    void dialogs();
    void trayMenu();

private:
    void check(const QString &where, const QString &text);
    void checkWidget(const QString &where, QWidget *widget);

    QTemporaryDir m_dir;
    QStringList m_files;
    QStringList m_untranslated;
    QTranslator m_kubeminder;
    QTranslator m_qt;
};

void TestTranslation::initTestCase()
{
    setUpTestEnvironment();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    qputenv("XDG_STATE_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("state"))));
    QVERIFY2(m_kubeminder.load(QStringLiteral("kubeminder_ko"), QStringLiteral(KUBEMINDER_QM_DIR)),
             "the Korean catalogue was not built");
    QCoreApplication::installTranslator(&m_kubeminder);
    // Qt's own strings (standard buttons) come from the system's qtbase catalogue.
    if (m_qt.load(QLocale(QLocale::Korean), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QString error;
    m_files = DemoSet::write(m_dir.filePath(QStringLiteral("demo")), realNow(), &error);
    QVERIFY2(!m_files.isEmpty(), qPrintable(error));
}

void TestTranslation::check(const QString &where, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || hasHangul(trimmed) || needsNoTranslation(trimmed))
        return;
    m_untranslated << QStringLiteral("%1: “%2”").arg(where, trimmed);
}

void TestTranslation::checkWidget(const QString &where, QWidget *root)
{
    check(where + QStringLiteral(" title"), root->windowTitle());
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->textFormat() != Qt::RichText && !label->isHidden())
            check(where + QStringLiteral(" label ") + label->objectName(), label->text());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        check(where + QStringLiteral(" button ") + button->objectName(), button->text());
        check(where + QStringLiteral(" tooltip ") + button->objectName(), button->toolTip());
    }
    for (QLineEdit *edit : root->findChildren<QLineEdit *>())
        check(where + QStringLiteral(" placeholder ") + edit->objectName(), edit->placeholderText());
    for (QGroupBox *box : root->findChildren<QGroupBox *>())
        check(where + QStringLiteral(" group"), box->title());
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            check(where + QStringLiteral(" tab"), tabs->tabText(i));
    }
    for (QComboBox *combo : root->findChildren<QComboBox *>()) {
        for (int i = 0; i < combo->count(); ++i)
            check(where + QStringLiteral(" choice ") + combo->objectName(), combo->itemText(i));
    }
    for (QAction *action : root->findChildren<QAction *>()) {
        check(where + QStringLiteral(" action ") + action->objectName(), action->text());
        check(where + QStringLiteral(" action tip ") + action->objectName(), action->toolTip());
    }
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (header->orientation() != Qt::Horizontal || !header->model())
            continue;
        for (int i = 0; i < header->count(); ++i)
            check(where + QStringLiteral(" header"),
                  header->model()->headerData(i, Qt::Horizontal).toString());
    }
}

void TestTranslation::catalogueIsComplete()
{
    QFile file(QStringLiteral(KUBEMINDER_TS_FILE));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QDomDocument document;
    QVERIFY(document.setContent(&file));
    const QDomNodeList translations = document.elementsByTagName(QStringLiteral("translation"));
    QStringList unfinished;
    for (int i = 0; i < translations.size(); ++i) {
        const QDomElement translation = translations.at(i).toElement();
        if (translation.attribute(QStringLiteral("type")) == QLatin1String("unfinished") ||
            translation.text().trimmed().isEmpty())
            unfinished << translation.parentNode().firstChildElement(QStringLiteral("source")).text();
    }
    QVERIFY2(
        unfinished.isEmpty(),
        qPrintable(
            QStringLiteral("%1 untranslated, e.g. “%2”").arg(unfinished.size()).arg(unfinished.value(0))));
}

void TestTranslation::mainWindow()
{
    MainWindow window;
    window.setKubeconfigFiles(m_files);
    QSignalSpy reloaded(&window, &MainWindow::reloaded);
    window.show();
    window.reload();
    QVERIFY(reloaded.wait(20000));
    checkWidget(QStringLiteral("window"), &window);
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
        check(QStringLiteral("menu"), menu->title());
    // The table's words (statuses, "3 days left", kinds) and every row's details labels.
    auto *table = window.findChild<QTableView *>(QStringLiteral("contextTable"));
    auto *details = window.findChild<QTextBrowser *>(QStringLiteral("detailsPane"));
    static const QRegularExpression label(
        QStringLiteral("<td style=\"[^\"]*color:gray[^\"]*\"[^>]*>(.*?)</td>"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        for (const int column : {2, 4, 5})
            check(QStringLiteral("table"), table->model()->index(row, column).data().toString());
        table->setCurrentIndex(table->model()->index(row, 0));
        const QString html = details->toHtml();
        for (auto match = label.globalMatch(html); match.hasNext();)
            check(QStringLiteral("details label"), match.next().captured(1));
    }
    QVERIFY2(m_untranslated.isEmpty(), qPrintable(m_untranslated.join(QLatin1Char('\n'))));
}

void TestTranslation::dialogs()
{
    SettingsDialog settings;
    checkWidget(QStringLiteral("settings"), &settings);
    BackupsDialog backups(m_dir.filePath(QStringLiteral("state/backups")), m_files);
    checkWidget(QStringLiteral("backups"), &backups);
    ImportDialog import;
    checkWidget(QStringLiteral("import"), &import);
    QVERIFY2(m_untranslated.isEmpty(), qPrintable(m_untranslated.join(QLatin1Char('\n'))));
}

void TestTranslation::trayMenu()
{
    TrayIcon tray;
    for (QAction *action : tray.menu()->actions())
        check(QStringLiteral("tray"), action->text());
    QVERIFY2(m_untranslated.isEmpty(), qPrintable(m_untranslated.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
