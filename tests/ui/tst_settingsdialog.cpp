#include "credentials/expirypolicy.h"
#include "credentials/thresholdsettings.h"
#include "desktop/autostart.h"
#include "kubeconfig/kubeconfigsources.h"
#include "messagebar.h"
#include "monitor/connectionwatch.h"
#include "monitor/notificationsettings.h"
#include "settingsdialog.h"
#include "statusstyle.h"
#include "storage/backupstore.h"
#include "testenvironment.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace kubeminder;
using namespace kubeminder::test;

// The dialog against real settings in a temporary folder and real files and folders on disk. The
// file and folder choosers and the file manager are replaced by recorders.

namespace {

using Origin = KubeconfigSources::Origin;
using DocumentStatus = KubeconfigDocument::Status;

const QString AddedKey = QStringLiteral("kubeconfigs/added");

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

void saveAdded(const QStringList &paths)
{
    QSettings settings;
    KubeconfigSources::setAdded(settings, paths);
}

QStringList savedAdded()
{
    return QSettings().value(AddedKey).toStringList();
}

QStringList column(QTreeWidget *tree, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        values << tree->topLevelItem(i)->data(column, role).toString();
    return values;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void filesTableShowsOriginAndStatus_data();
    void filesTableShowsOriginAndStatus();
    void reportsAreMatchedByPath();
    void kubectlsFilesCannotBeRemoved();
    void addFilesPersistsAndEmits();
    void addingAListedFileIsRefused();
    void cancelledChooserChangesNothing();
    void addFolderPersistsAndListsItsFiles();
    void emptyAddedFolderCanBeRemoved();
    void removeAddedFile();
    void removeFolderDerivedEntryRemovesTheFolder();
    void openContainingFolder();
    void thresholdsRoundTrip();
    void criticalAboveWarningIsRefused();
    void invalidSavedThresholdsAreExplained();
    void restoreDefaultThresholds();
    void retentionRoundTrip();
    void backupFolderShownAndOpened();
    void openingSavesNothing();
    void showPage();
    void notificationsRoundTrip_data();
    void notificationsRoundTrip();
    void startAtLoginWritesTheAutostartEntry();
    void connectionTestsRoundTrip();
    void invalidSavedConnectionTestIntervalIsExplained();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString writeFile(const QString &name, const QByteArray &bytes = "apiVersion: v1\nkind: Config\n");
    QString makeFolder(const QString &name);

    QTemporaryDir m_dir;
};

void TestSettingsDialog::initTestCase()
{
    setUpTestEnvironment();
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path(QStringLiteral("settings")));
    // "Start at login" writes under XDG_CONFIG_HOME/autostart: keep it in the test's folder.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(path(QStringLiteral("config"))));
}

void TestSettingsDialog::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
    QDir(path(QStringLiteral("k"))).removeRecursively();
    QVERIFY(QDir().mkpath(path(QStringLiteral("k"))));
}

QString TestSettingsDialog::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString file = path(QStringLiteral("k/") + name);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(file));
    return file;
}

QString TestSettingsDialog::makeFolder(const QString &name)
{
    const QString folder = path(QStringLiteral("k/") + name);
    QDir().mkpath(folder);
    return folder;
}

void TestSettingsDialog::filesTableShowsOriginAndStatus_data()
{
    QTest::addColumn<int>("origin");
    QTest::addColumn<int>("documentStatus"); // -1: no report yet
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("originText"); // "%1": the added folder
    QTest::addColumn<QString>("statusText");
    QTest::addColumn<QString>("statusName");
    QTest::addColumn<int>("look");
    QTest::addColumn<bool>("removable");

    const auto row = [](const char *name, Origin origin, int status, const char *error,
                        const char *originText, const char *statusText, const char *statusName, Status look,
                        bool removable) {
        QTest::newRow(name) << int(origin) << status << QString::fromUtf8(error)
                            << QString::fromUtf8(originText) << QString::fromUtf8(statusText)
                            << QString::fromLatin1(statusName) << int(look) << removable;
    };
    row("KUBECONFIG, ok", Origin::Environment, int(DocumentStatus::Ok), "", "KUBECONFIG", "OK", "ok",
        Status::Ok, false);
    row("default, missing", Origin::Default, int(DocumentStatus::Missing), "", "~/.kube/config (default)",
        "Missing", "missing", Status::Warning, false);
    row("--kubeconfig, error", Origin::CommandLine, int(DocumentStatus::Error),
        "config: line 3, column 1: <b>not markup</b> & more", "--kubeconfig", "Error", "error", Status::Error,
        false);
    row("added, empty", Origin::Added, int(DocumentStatus::Empty), "", "Added", "Empty", "empty",
        Status::Unknown, true);
    row("added, not loaded yet", Origin::Added, -1, "", "Added", "Not loaded yet", "not-loaded",
        Status::Unknown, true);
    row("in added folder, ok", Origin::AddedFolder, int(DocumentStatus::Ok), "", "In added folder %1", "OK",
        "ok", Status::Ok, true);
    row("in added folder, error", Origin::AddedFolder, int(DocumentStatus::Error), "bad YAML",
        "In added folder %1", "Error", "error", Status::Error, true);
}

void TestSettingsDialog::filesTableShowsOriginAndStatus()
{
    QFETCH(int, origin);
    QFETCH(int, documentStatus);
    QFETCH(QString, error);
    QFETCH(QString, originText);
    QFETCH(QString, statusText);
    QFETCH(QString, statusName);
    QFETCH(int, look);
    QFETCH(bool, removable);

    const QString folder = makeFolder(QStringLiteral("folder"));
    KubeconfigSources::File file{writeFile(QStringLiteral("folder/config.yaml")), Origin(origin), {}};
    if (file.origin == Origin::AddedFolder) {
        file.folder = folder;
        saveAdded({folder});
    } else if (file.origin == Origin::Added) {
        saveAdded({file.path});
    }
    std::vector<FileReport> reports;
    if (documentStatus >= 0)
        reports.push_back({file.path, DocumentStatus(documentStatus), error});

    SettingsDialog dialog;
    dialog.setFiles({file}, reports);
    auto *tree = child<QTreeWidget>(&dialog, "filesTree");
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 1);
    const QTreeWidgetItem *item = tree->topLevelItem(0);
    QCOMPARE(item->data(SettingsDialog::FileColumn, SettingsDialog::PathRole).toString(), file.path);
    QCOMPARE(item->text(SettingsDialog::FileColumn), file.path);
    QCOMPARE(item->text(SettingsDialog::OriginColumn),
             originText.contains(QLatin1String("%1")) ? originText.arg(folder) : originText);
    QCOMPARE(item->text(SettingsDialog::StatusColumn), statusText);
    QCOMPARE(item->data(SettingsDialog::FileColumn, SettingsDialog::StatusRole).toString(), statusName);
    QCOMPARE(item->foreground(SettingsDialog::StatusColumn).color(), StatusStyle::color(Status(look)));
    QVERIFY(!item->icon(SettingsDialog::StatusColumn).isNull());

    // The first file is selected; its details (and any error, as plain text) show under the table.
    QCOMPARE(tree->currentItem(), item);
    auto *details = child<QLabel>(&dialog, "fileDetails");
    QVERIFY(details);
    QCOMPARE(details->textFormat(), Qt::PlainText);
    QVERIFY2(details->text().contains(file.path), qPrintable(details->text()));
    QVERIFY2(details->text().contains(statusText), qPrintable(details->text()));
    if (!error.isEmpty()) {
        QVERIFY2(details->text().contains(error), qPrintable(details->text()));
        for (int c = 0; c < SettingsDialog::ColumnCount; ++c)
            QVERIFY2(item->toolTip(c).contains(error.toHtmlEscaped()), qPrintable(item->toolTip(c)));
    }
    const bool addedOnly = file.origin == Origin::Added || file.origin == Origin::AddedFolder;
    QCOMPARE(details->text().contains(QLatin1String("kubectl does not")), addedOnly);

    auto *remove = child<QPushButton>(&dialog, "removeButton");
    QVERIFY(remove);
    QCOMPARE(remove->isEnabled(), removable);
    QCOMPARE(remove->text().remove(QLatin1Char('&')).contains(QLatin1String("folder")),
             file.origin == Origin::AddedFolder);
}

void TestSettingsDialog::reportsAreMatchedByPath()
{
    const QString folder = makeFolder(QStringLiteral("more"));
    const QString a = writeFile(QStringLiteral("a.yaml"));
    const QString b = writeFile(QStringLiteral("b.yaml"));
    const QString c = writeFile(QStringLiteral("c.yaml"));
    const QString d = writeFile(QStringLiteral("more/d.yaml"));
    saveAdded({c, folder});
    const std::vector<KubeconfigSources::File> files{
        {a, Origin::Environment, {}},
        {b, Origin::Environment, {}},
        {c, Origin::Added, {}},
        {d, Origin::AddedFolder, folder},
    };
    // Out of order, one file without a report.
    const std::vector<FileReport> reports{
        {d, DocumentStatus::Error, QStringLiteral("d is broken")},
        {a, DocumentStatus::Ok, {}},
        {c, DocumentStatus::Empty, {}},
    };
    SettingsDialog dialog;
    dialog.setFiles(files, reports);
    auto *tree = child<QTreeWidget>(&dialog, "filesTree");
    QCOMPARE(column(tree, SettingsDialog::FileColumn, SettingsDialog::PathRole), (QStringList{a, b, c, d}));
    QCOMPARE(column(tree, SettingsDialog::FileColumn, SettingsDialog::StatusRole),
             (QStringList{QStringLiteral("ok"), QStringLiteral("not-loaded"), QStringLiteral("empty"),
                          QStringLiteral("error")}));
    QCOMPARE(column(tree, SettingsDialog::OriginColumn),
             (QStringList{QStringLiteral("KUBECONFIG"), QStringLiteral("KUBECONFIG"), QStringLiteral("Added"),
                          QStringLiteral("In added folder ") + folder}));
    QCOMPARE(column(tree, SettingsDialog::FileColumn, SettingsDialog::AddedRole),
             (QStringList{QString(), QString(), c, folder}));

    // The window reloads: the selection stays on the same file.
    tree->setCurrentItem(tree->topLevelItem(2));
    dialog.setFiles(files, {});
    QCOMPARE(tree->currentItem()->data(SettingsDialog::FileColumn, SettingsDialog::PathRole).toString(), c);
    QCOMPARE(column(tree, SettingsDialog::FileColumn, SettingsDialog::StatusRole),
             QStringList(4, QStringLiteral("not-loaded")));
}

void TestSettingsDialog::kubectlsFilesCannotBeRemoved()
{
    const QString a = writeFile(QStringLiteral("a.yaml"));
    const QString added = writeFile(QStringLiteral("added.yaml"));
    saveAdded({added});
    SettingsDialog dialog;
    dialog.setFiles({{a, Origin::Environment, {}}, {added, Origin::Added, {}}}, {});
    QSignalSpy changed(&dialog, &SettingsDialog::filesChanged);
    auto *tree = child<QTreeWidget>(&dialog, "filesTree");
    auto *remove = child<QPushButton>(&dialog, "removeButton");
    // Shortcuts only reach a shown, active window.
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(0));
    QVERIFY(!remove->isEnabled());
    QVERIFY(remove->toolTip().contains(QLatin1String("KUBECONFIG")));

    dialog.removeSelected();
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(savedAdded(), QStringList{added});
    QVERIFY(QFile::exists(a));

    // The Delete key removes an added file, like the button.
    tree->setCurrentItem(tree->topLevelItem(1));
    QVERIFY(remove->isEnabled());
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(changed.count(), 1);
    QVERIFY(savedAdded().isEmpty());
    QVERIFY(QFile::exists(added));
}

void TestSettingsDialog::addFilesPersistsAndEmits()
{
    const QString kubectls = writeFile(QStringLiteral("config"));
    const QString a = writeFile(QStringLiteral("dev/a.yaml"));
    const QString b = path(QStringLiteral("k/dev/./b.yaml")); // not there yet: added all the same
    SettingsDialog dialog;
    dialog.setFiles({{kubectls, Origin::Default, {}}}, {{kubectls, DocumentStatus::Ok, {}}});
    QStringList asked;
    QWidget *askedOwner = nullptr;
    dialog.setChooseFiles([&](QWidget *owner, const QString &caption, const QString &) {
        asked << caption;
        askedOwner = owner;
        return QStringList{a, b};
    });
    QSignalSpy changed(&dialog, &SettingsDialog::filesChanged);
    QTest::mouseClick(child<QPushButton>(&dialog, "addFileButton"), Qt::LeftButton);

    QCOMPARE(asked.size(), 1);
    QCOMPARE(askedOwner, static_cast<QWidget *>(&dialog));
    QCOMPARE(changed.count(), 1);
    const QString cleanB = path(QStringLiteral("k/dev/b.yaml"));
    QCOMPARE(savedAdded(), (QStringList{a, cleanB}));
    QCOMPARE(KubeconfigSources::added(QSettings()), (QStringList{a, cleanB}));

    auto *tree = child<QTreeWidget>(&dialog, "filesTree");
    QCOMPARE(column(tree, SettingsDialog::FileColumn, SettingsDialog::PathRole),
             (QStringList{kubectls, a, cleanB}));
    QCOMPARE(column(tree, SettingsDialog::StatusColumn),
             (QStringList{QStringLiteral("OK"), QStringLiteral("Not loaded yet"),
                          QStringLiteral("Not loaded yet")}));
    QCOMPARE(column(tree, SettingsDialog::OriginColumn).mid(1),
             (QStringList{QStringLiteral("Added"), QStringLiteral("Added")}));
    QCOMPARE(tree->currentItem()->data(SettingsDialog::FileColumn, SettingsDialog::PathRole).toString(), a);

    // The window reloads with what it read; the reports replace "not loaded yet".
    dialog.setFiles({{kubectls, Origin::Default, {}}, {a, Origin::Added, {}}, {cleanB, Origin::Added, {}}},
                    {{kubectls, DocumentStatus::Ok, {}},
                     {a, DocumentStatus::Ok, {}},
                     {cleanB, DocumentStatus::Missing, {}}});
    QCOMPARE(column(tree, SettingsDialog::FileColumn, SettingsDialog::StatusRole),
             (QStringList{QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("missing")}));
}

void TestSettingsDialog::addingAListedFileIsRefused()
{
    const QString kubectls = writeFile(QStringLiteral("config"));
    const QString a = writeFile(QStringLiteral("a.yaml"));
    saveAdded({a});
    SettingsDialog dialog;
    dialog.setFiles({{kubectls, Origin::Default, {}}, {a, Origin::Added, {}}}, {});
    QSignalSpy changed(&dialog, &SettingsDialog::filesChanged);
    dialog.setChooseFiles([&](QWidget *, const QString &, const QString &) {
        return QStringList{kubectls, a};
    });
    dialog.addFiles();
    QCOMPARE(changed.count(), 0);
    QCOMPARE(savedAdded(), QStringList{a});
    auto *message = child<MessageBar>(&dialog, "filesMessageBar");
    QVERIFY(!message->isHidden());
    QCOMPARE(message->kind(), MessageBar::Kind::Warning);
    QVERIFY2(message->text().contains(kubectls) && message->text().contains(a), qPrintable(message->text()));
    QCOMPARE(child<QTreeWidget>(&dialog, "filesTree")->topLevelItemCount(), 2);
}

void TestSettingsDialog::cancelledChooserChangesNothing()
{
    SettingsDialog dialog;
    dialog.setFiles({}, {});
    dialog.setChooseFiles([](QWidget *, const QString &, const QString &) { return QStringList(); });
    dialog.setChooseFolder([](QWidget *, const QString &, const QString &) { return QString(); });
    QSignalSpy changed(&dialog, &SettingsDialog::filesChanged);
    dialog.addFiles();
    dialog.addFolder();
    QCOMPARE(changed.count(), 0);
    QVERIFY(!QSettings().contains(AddedKey));
    QVERIFY(child<MessageBar>(&dialog, "filesMessageBar")->isHidden());
}

void TestSettingsDialog::addFolderPersistsAndListsItsFiles()
{
    const QString kubectls = writeFile(QStringLiteral("config"));
    const QString folder = makeFolder(QStringLiteral("clusters"));
    const QString one = writeFile(QStringLiteral("clusters/one.yaml"));
    const QString two = writeFile(QStringLiteral("clusters/two"));
    writeFile(QStringLiteral("clusters/.hidden.yaml"));
    writeFile(QStringLiteral("clusters/one.yaml.lock"));
    SettingsDialog dialog;
    dialog.setFiles({{kubectls, Origin::Default, {}}}, {});
    dialog.setChooseFolder(
        [&](QWidget *, const QString &, const QString &) -> QString { return folder + QLatin1Char('/'); });
    QSignalSpy changed(&dialog, &SettingsDialog::filesChanged);
    QTest::mouseClick(child<QPushButton>(&dialog, "addFolderButton"), Qt::LeftButton);

    QCOMPARE(changed.count(), 1);
    QCOMPARE(savedAdded(), QStringList{folder});
    auto *tree = child<QTreeWidget>(&dialog, "filesTree");
    QCOMPARE(column(tree, SettingsDialog::FileColumn, SettingsDialog::PathRole),
             (QStringList{kubectls, one, two}));
    QCOMPARE(column(tree, SettingsDialog::OriginColumn).mid(1),
             QStringList(2, QStringLiteral("In added folder ") + folder));
    QCOMPARE(column(tree, SettingsDialog::FileColumn, SettingsDialog::StatusRole).mid(1),
             QStringList(2, QStringLiteral("not-loaded")));
    QCOMPARE(tree->currentItem()->data(SettingsDialog::FileColumn, SettingsDialog::PathRole).toString(), one);

    // The same folder again: nothing new.
    dialog.addFolder();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(savedAdded(), QStringList{folder});
}

void TestSettingsDialog::emptyAddedFolderCanBeRemoved()
{
    const QString folder = makeFolder(QStringLiteral("empty"));
    SettingsDialog dialog;
    dialog.setFiles({}, {});
    dialog.setChooseFolder([&](QWidget *, const QString &, const QString &) { return folder; });
    QSignalSpy changed(&dialog, &SettingsDialog::filesChanged);
    dialog.addFolder();
    auto *tree = child<QTreeWidget>(&dialog, "filesTree");
    QCOMPARE(tree->topLevelItemCount(), 1);
    const QTreeWidgetItem *item = tree->topLevelItem(0);
    QCOMPARE(item->data(SettingsDialog::FileColumn, SettingsDialog::PathRole).toString(), folder);
    QCOMPARE(item->data(SettingsDialog::FileColumn, SettingsDialog::StatusRole).toString(),
             QStringLiteral("no-files"));
    QCOMPARE(item->text(SettingsDialog::OriginColumn), QStringLiteral("Added folder"));

    auto *remove = child<QPushButton>(&dialog, "removeButton");
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!QSettings().contains(AddedKey));
    QCOMPARE(tree->topLevelItemCount(), 0);
    QVERIFY(!remove->isEnabled());
    QVERIFY(QFileInfo(folder).isDir());
}

void TestSettingsDialog::removeAddedFile()
{
    const QString a = writeFile(QStringLiteral("a.yaml"));
    const QString b = writeFile(QStringLiteral("b.yaml"));
    saveAdded({a, b});
    SettingsDialog dialog;
    dialog.setFiles({{a, Origin::Added, {}}, {b, Origin::Added, {}}}, {});
    QSignalSpy changed(&dialog, &SettingsDialog::filesChanged);
    auto *tree = child<QTreeWidget>(&dialog, "filesTree");
    auto *remove = child<QPushButton>(&dialog, "removeButton");
    tree->setCurrentItem(tree->topLevelItem(0));
    QVERIFY(remove->toolTip().contains(QLatin1String("not deleted")));
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(savedAdded(), QStringList{b});
    QCOMPARE(column(tree, SettingsDialog::FileColumn, SettingsDialog::PathRole), QStringList{b});
    QCOMPARE(tree->currentItem(), tree->topLevelItem(0));
    QVERIFY(QFile::exists(a));
}

void TestSettingsDialog::removeFolderDerivedEntryRemovesTheFolder()
{
    const QString kubectls = writeFile(QStringLiteral("config"));
    const QString folder = makeFolder(QStringLiteral("clusters"));
    const QString x = writeFile(QStringLiteral("clusters/x.yaml"));
    const QString y = writeFile(QStringLiteral("clusters/y.yaml"));
    const QString single = writeFile(QStringLiteral("single.yaml"));
    saveAdded({folder, single});
    SettingsDialog dialog;
    dialog.setFiles({{kubectls, Origin::Default, {}},
                     {x, Origin::AddedFolder, folder},
                     {y, Origin::AddedFolder, folder},
                     {single, Origin::Added, {}}},
                    {});
    QSignalSpy changed(&dialog, &SettingsDialog::filesChanged);
    auto *tree = child<QTreeWidget>(&dialog, "filesTree");
    auto *remove = child<QPushButton>(&dialog, "removeButton");
    tree->setCurrentItem(tree->topLevelItem(2));
    QVERIFY(remove->isEnabled());
    QCOMPARE(remove->text().remove(QLatin1Char('&')), QStringLiteral("Remove folder"));
    QVERIFY2(remove->toolTip().contains(folder) &&
                 remove->toolTip().contains(QLatin1String("No file is deleted")),
             qPrintable(remove->toolTip()));

    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(savedAdded(), QStringList{single});
    QCOMPARE(column(tree, SettingsDialog::FileColumn, SettingsDialog::PathRole),
             (QStringList{kubectls, single}));
    QVERIFY(QFile::exists(x));
    QVERIFY(QFile::exists(y));
}

void TestSettingsDialog::openContainingFolder()
{
    const QString a = writeFile(QStringLiteral("dev/a.yaml"));
    const QString gone = path(QStringLiteral("k/nowhere/config"));
    SettingsDialog dialog;
    dialog.setFiles({{a, Origin::Environment, {}}, {gone, Origin::Environment, {}}},
                    {{gone, DocumentStatus::Missing, {}}});
    QList<QUrl> opened;
    dialog.setOpenUrl([&](const QUrl &url) {
        opened << url;
        return true;
    });
    auto *tree = child<QTreeWidget>(&dialog, "filesTree");
    auto *button = child<QPushButton>(&dialog, "openContainingFolderButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(a).absolutePath())});

    // A folder that is not there: said in place, nothing opened.
    tree->setCurrentItem(tree->topLevelItem(1));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    auto *message = child<MessageBar>(&dialog, "filesMessageBar");
    QVERIFY(!message->isHidden());
    QVERIFY(message->text().contains(path(QStringLiteral("k/nowhere"))));
}

void TestSettingsDialog::thresholdsRoundTrip()
{
    {
        SettingsDialog dialog;
        auto *warning = child<QSpinBox>(&dialog, "warningDays");
        auto *critical = child<QSpinBox>(&dialog, "criticalDays");
        QCOMPARE(warning->value(), ExpiryPolicy::DefaultWarningDays);
        QCOMPARE(critical->value(), ExpiryPolicy::DefaultCriticalDays);
        QCOMPARE(warning->maximum(), ThresholdSettings::MaximumDays);
        QCOMPARE(critical->minimum(), 0);
        // One model: a change saves itself; there is only Close.
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("okButton")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("applyButton")));
        QVERIFY(child<QPushButton>(&dialog, "closeButton"));
        QVERIFY(child<QLabel>(&dialog, "thresholdDefaults")->text().contains(QLatin1String("30")));

        // Typed, as a user would: saved once the typing stops, not at "4".
        QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
        warning->selectAll();
        QTest::keyClicks(warning, QStringLiteral("45"));
        critical->setValue(10);
        QCOMPARE(warning->value(), 45);
        QTRY_COMPARE(changed.count(), 1);
        const ThresholdSettings::Saved saved = ThresholdSettings::read(QSettings());
        QCOMPARE(saved.warningDays, 45);
        QCOMPARE(saved.criticalDays, 10);
        QVERIFY(saved.warningSaved && saved.criticalSaved);
        // Nothing else was written.
        QVERIFY(!QSettings().contains(QStringLiteral("backups/keepLast")));
    }
    SettingsDialog reopened;
    QCOMPARE(child<QSpinBox>(&reopened, "warningDays")->value(), 45);
    QCOMPARE(child<QSpinBox>(&reopened, "criticalDays")->value(), 10);
}

void TestSettingsDialog::criticalAboveWarningIsRefused()
{
    SettingsDialog dialog;
    QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
    auto *warning = child<QSpinBox>(&dialog, "warningDays");
    auto *critical = child<QSpinBox>(&dialog, "criticalDays");
    auto *error = child<QLabel>(&dialog, "thresholdError");
    QVERIFY(error->isHidden());
    warning->setValue(5);
    critical->setValue(9);
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QLatin1String("9")) && error->text().contains(QLatin1String("5")),
             qPrintable(error->text()));
    QTest::qWait(600); // longer than the save waits for typing to stop: nothing is saved
    QCOMPARE(changed.count(), 0);

    dialog.showPage(SettingsDialog::Page::Backups);
    QVERIFY(!dialog.apply());
    QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Expiry); // where the problem is
    dialog.reject();                                              // closing does not save an invalid entry
    QCOMPARE(changed.count(), 0);
    QVERIFY(!QSettings().contains(ThresholdSettings::warningKey()));
    QVERIFY(!QSettings().contains(ThresholdSettings::criticalKey()));

    // Equal is fine.
    critical->setValue(5);
    QVERIFY(error->isHidden());
    QTRY_COMPARE(ThresholdSettings::read(QSettings()).criticalDays, 5);
}

void TestSettingsDialog::invalidSavedThresholdsAreExplained()
{
    QSettings().setValue(ThresholdSettings::warningKey(), QStringLiteral("soon"));
    SettingsDialog dialog;
    auto *message = child<MessageBar>(&dialog, "expiryMessageBar");
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().contains(QLatin1String("soon")), qPrintable(message->text()));
    QCOMPARE(child<QSpinBox>(&dialog, "warningDays")->value(), ExpiryPolicy::DefaultWarningDays);
    // Saving writes valid values over the ignored one.
    QVERIFY(dialog.apply());
    QVERIFY(message->isHidden());
    QVERIFY(ThresholdSettings::read(QSettings()).problems.isEmpty());
}

void TestSettingsDialog::restoreDefaultThresholds()
{
    {
        QSettings settings;
        QVERIFY(ThresholdSettings::write(settings, 60, 20));
    }
    SettingsDialog dialog;
    auto *button = child<QPushButton>(&dialog, "restoreDefaultsButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(child<QSpinBox>(&dialog, "warningDays")->value(), ExpiryPolicy::DefaultWarningDays);
    QCOMPARE(child<QSpinBox>(&dialog, "criticalDays")->value(), ExpiryPolicy::DefaultCriticalDays);
    QVERIFY(!button->isEnabled());
    QTRY_COMPARE(ThresholdSettings::read(QSettings()).warningDays, ExpiryPolicy::DefaultWarningDays);
}

void TestSettingsDialog::retentionRoundTrip()
{
    {
        SettingsDialog dialog;
        auto *keepLast = child<QSpinBox>(&dialog, "keepLast");
        auto *keepDays = child<QSpinBox>(&dialog, "keepDays");
        const RetentionPolicy defaults;
        QCOMPARE(keepLast->value(), defaults.keepLast);
        QCOMPARE(keepDays->value(), defaults.keepDays);
        QCOMPARE(keepLast->minimum(), 1);
        QCOMPARE(keepLast->maximum(), 100000);
        QCOMPARE(keepDays->minimum(), 1);
        QCOMPARE(keepDays->maximum(), 100000);
        keepLast->setValue(5);
        keepDays->setValue(90);
        QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
        // Closed at once: what still waited for the typing to stop is saved on the way out.
        QTest::mouseClick(child<QPushButton>(&dialog, "closeButton"), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
    }
    const RetentionPolicy saved = RetentionPolicy::fromSettings(QSettings());
    QCOMPARE(saved.keepLast, 5);
    QCOMPARE(saved.keepDays, 90);
    QVERIFY(!QSettings().contains(ThresholdSettings::warningKey()));
    SettingsDialog reopened;
    QCOMPARE(child<QSpinBox>(&reopened, "keepLast")->value(), 5);
    QCOMPARE(child<QSpinBox>(&reopened, "keepDays")->value(), 90);
}

void TestSettingsDialog::backupFolderShownAndOpened()
{
    SettingsDialog dialog;
    QList<QUrl> opened;
    dialog.setOpenUrl([&](const QUrl &url) {
        opened << url;
        return true;
    });
    const QString backups = path(QStringLiteral("k/backups"));
    dialog.setBackupDirectory(backups);
    auto *folder = child<QLineEdit>(&dialog, "backupFolder");
    QCOMPARE(folder->text(), backups);
    QVERIFY(folder->isReadOnly());

    // Not created yet: said in place.
    auto *button = child<QPushButton>(&dialog, "openBackupFolderButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(opened.isEmpty());
    auto *message = child<MessageBar>(&dialog, "backupsMessageBar");
    QVERIFY(!message->isHidden());
    QVERIFY(message->text().contains(backups));

    QVERIFY(QDir().mkpath(backups));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(backups)});
    QVERIFY(message->isHidden());

    // A file manager that cannot be started.
    dialog.setOpenUrl([](const QUrl &) { return false; });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!message->isHidden());
}

void TestSettingsDialog::openingSavesNothing()
{
    // Only a change is written: opening and closing leaves the settings file as it was.
    SettingsDialog dialog;
    QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
    dialog.showPage(SettingsDialog::Page::Notifications);
    dialog.showPage(SettingsDialog::Page::General);
    QTest::mouseClick(child<QPushButton>(&dialog, "closeButton"), Qt::LeftButton);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(QSettings().allKeys(), QStringList());
}

void TestSettingsDialog::showPage()
{
    SettingsDialog dialog;
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
    auto *tabs = child<QTabWidget>(&dialog, "settingsTabs");
    QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Files);
    dialog.showPage(SettingsDialog::Page::Expiry);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("expiryPage"));
    dialog.showPage(SettingsDialog::Page::Backups);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("backupsPage"));
    QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Backups);
    dialog.showPage(SettingsDialog::Page::Files);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("filesPage"));
    // The note says who reads which files, and that this page applies at once.
    const QString note = child<QLabel>(&dialog, "filesNote")->text();
    QVERIFY(note.contains(QLatin1String("KUBECONFIG")) && note.contains(QLatin1String("Kubeminder only")));
    QVERIFY(note.contains(QLatin1String("at once")));
}

void TestSettingsDialog::notificationsRoundTrip_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QList<int>>("saved");

    QTest::newRow("custom thresholds") << QStringLiteral("14, 3") << true << true << QList<int>{14, 3};
    QTest::newRow("order and repeats do not matter")
        << QStringLiteral("1,30, 7 ,7") << true << true << QList<int>{30, 7, 1};
    QTest::newRow("empty means the defaults") << QString() << true << true << QList<int>{30, 7, 1};
    QTest::newRow("turned off") << QStringLiteral("30, 7, 1") << false << true << QList<int>{30, 7, 1};
    QTest::newRow("not numbers: refused") << QStringLiteral("soon") << true << false << QList<int>{30, 7, 1};
    QTest::newRow("negative: refused") << QStringLiteral("-3") << true << false << QList<int>{30, 7, 1};
}

void TestSettingsDialog::notificationsRoundTrip()
{
    QFETCH(QString, typed);
    QFETCH(bool, enabled);
    QFETCH(bool, accepted);
    QFETCH(QList<int>, saved);
    {
        SettingsDialog dialog;
        dialog.showPage(SettingsDialog::Page::Notifications);
        auto *thresholds = child<QLineEdit>(&dialog, "notificationThresholds");
        QCOMPARE(thresholds->text(), QStringLiteral("30, 7, 1"));
        child<QCheckBox>(&dialog, "notificationsEnabled")->setChecked(enabled);
        thresholds->setText(typed);
        QCOMPARE(child<QLabel>(&dialog, "notificationThresholdError")->isHidden(), accepted);
        QCOMPARE(dialog.apply(), accepted);
    }
    const NotificationSettings read = NotificationSettings::read(QSettings());
    QCOMPARE(read.thresholdDays, saved);
    QCOMPARE(read.enabled, accepted ? enabled : true);
}

void TestSettingsDialog::startAtLoginWritesTheAutostartEntry()
{
    QFile::remove(Autostart::entryPath());
    {
        SettingsDialog dialog;
        dialog.setExecutable(QStringLiteral("/opt/kube minder/bin/kubeminder"));
        auto *box = child<QCheckBox>(&dialog, "startAtLogin");
        QCOMPARE(box->parentWidget()->objectName(), QStringLiteral("generalPage"));
        QVERIFY(!box->isChecked());
        box->setChecked(true);
        QVERIFY(dialog.apply());
    }
    QVERIFY(Autostart::isEnabled());
    QFile entry(Autostart::entryPath());
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const QByteArray text = entry.readAll();
    QVERIFY2(text.contains("--minimized"), text.constData());
    QVERIFY2(text.contains("\"/opt/kube minder/bin/kubeminder\""), text.constData());
    SettingsDialog reopened;
    auto *box = child<QCheckBox>(&reopened, "startAtLogin");
    QVERIFY(box->isChecked());
    box->setChecked(false);
    QVERIFY(reopened.apply());
    QVERIFY(!Autostart::isEnabled());
}

void TestSettingsDialog::connectionTestsRoundTrip()
{
    {
        SettingsDialog dialog;
        auto *box = child<QCheckBox>(&dialog, "connectionTests");
        auto *hours = child<QSpinBox>(&dialog, "connectionTestHours");
        // Off by default, offering four times a day.
        QVERIFY(!box->isChecked());
        QVERIFY(!hours->isEnabled());
        QCOMPARE(hours->value(), 6);
        box->setChecked(true);
        QVERIFY(hours->isEnabled());
        hours->setValue(12);
        QVERIFY(dialog.apply());
    }
    QCOMPARE(ConnectionWatch::readIntervalHours(QSettings()), 12);
    {
        SettingsDialog reopened;
        auto *box = child<QCheckBox>(&reopened, "connectionTests");
        QVERIFY(box->isChecked());
        QCOMPARE(child<QSpinBox>(&reopened, "connectionTestHours")->value(), 12);
        QCOMPARE(child<QSpinBox>(&reopened, "connectionTestHours")->maximum(), 168);
        box->setChecked(false);
        QVERIFY(reopened.apply());
    }
    QCOMPARE(ConnectionWatch::readIntervalHours(QSettings()), 0);
}

void TestSettingsDialog::invalidSavedConnectionTestIntervalIsExplained()
{
    QSettings().setValue(ConnectionWatch::intervalKey(), QStringLiteral("hourly"));
    SettingsDialog dialog;
    QVERIFY(!child<QCheckBox>(&dialog, "connectionTests")->isChecked());
    const QString shown = child<MessageBar>(&dialog, "notificationsMessageBar")->text();
    QVERIFY2(shown.contains(QStringLiteral("“hourly”")), qPrintable(shown));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
