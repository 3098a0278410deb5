#include "backupsdialog.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "testenvironment.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <map>
#include <memory>

using namespace kubeminder;

namespace {

// The Alt+letter a text underlines ("&Preview" → "P", "미리 보기(&P)" → "P"); empty when none.
QString mnemonicOf(const QString &text)
{
    const QKeySequence sequence = QKeySequence::mnemonic(text);
    return sequence.isEmpty()
               ? QString()
               : QKeySequence(sequence[0].key()).toString(QKeySequence::PortableText).toUpper();
}

// Every mnemonic reachable at once in `root` as it stands: the labels with a buddy, buttons,
// group boxes and tab titles that are visible together. Hidden pages do not compete.
std::multimap<QString, QString> mnemonics(QWidget *root)
{
    std::multimap<QString, QString> found;
    const auto add = [&](const QString &text) {
        if (const QString key = mnemonicOf(text); !key.isEmpty())
            found.emplace(key, text);
    };
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text());
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            add(box->title());
        else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        }
    }
    return found;
}

QStringList clashes(const std::multimap<QString, QString> &found)
{
    QStringList out;
    for (auto it = found.begin(); it != found.end(); it = found.upper_bound(it->first)) {
        const auto [first, last] = found.equal_range(it->first);
        if (std::distance(first, last) < 2)
            continue;
        QStringList texts;
        for (auto t = first; t != last; ++t)
            texts << t->second;
        out << QStringLiteral("Alt+%1: %2").arg(it->first, texts.join(QStringLiteral(" | ")));
    }
    return out;
}

} // namespace

/// No two controls shown together answer to the same Alt+letter, in English and in Korean: a
/// clash makes Alt+P go to Port when the user meant Preview.
class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyDialogState_data();
    void everyDialogState();
    void menus_data();
    void menus();

private:
    void setLanguage(const QString &language);

    QTemporaryDir m_dir;
    std::unique_ptr<QTranslator> m_translator;
};

void TestMnemonics::initTestCase()
{
    test::setUpTestEnvironment();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    qputenv("XDG_STATE_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("state"))));
}

void TestMnemonics::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

void TestMnemonics::setLanguage(const QString &language)
{
    if (language == QLatin1String("en"))
        return;
    m_translator = std::make_unique<QTranslator>();
    QVERIFY2(m_translator->load(QStringLiteral("kubeminder_") + language, QStringLiteral(KUBEMINDER_QM_DIR)),
             "the catalogue was not built");
    QCoreApplication::installTranslator(m_translator.get());
}

using Stage = std::function<void(QWidget *)>;
using Make = std::function<std::unique_ptr<QWidget>()>;
Q_DECLARE_METATYPE(Make)
Q_DECLARE_METATYPE(Stage)

void TestMnemonics::everyDialogState_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Make>("make");
    QTest::addColumn<Stage>("stage");

    const Make import = [] {
        return std::make_unique<ImportDialog>();
    };
    const auto sourceKind = [](int index) {
        return Stage([index](QWidget *dialog) {
            dialog->findChild<QComboBox *>(QStringLiteral("sourceKindCombo"))->setCurrentIndex(index);
        });
    };
    const Make settings = [] {
        return std::make_unique<SettingsDialog>();
    };
    const auto tab = [](int index) {
        return Stage([index](QWidget *dialog) { dialog->findChild<QTabWidget *>()->setCurrentIndex(index); });
    };
    const Make backups = [this] {
        return std::make_unique<BackupsDialog>(m_dir.filePath(QStringLiteral("state/backups")),
                                               QStringList());
    };
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ko")}) {
        const auto row = [&](const char *name, const Make &make, const Stage &stage) {
            QTest::addRow("%s: %s", qPrintable(language), name) << language << make << stage;
        };
        row("import, file", import, sourceKind(0));
        row("import, SSH", import, sourceKind(1));
        row("import, command", import, sourceKind(2));
        for (int i = 0; i < 5; ++i)
            row(qPrintable(QStringLiteral("settings, page %1").arg(i + 1)), settings, tab(i));
        row("backups", backups, [](QWidget *) {});
    }
}

void TestMnemonics::everyDialogState()
{
    QFETCH(QString, language);
    QFETCH(Make, make);
    QFETCH(Stage, stage);
    setLanguage(language);
    const std::unique_ptr<QWidget> dialog = make();
    stage(dialog.get());
    const QStringList found = clashes(mnemonics(dialog.get()));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestMnemonics::menus_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ko") << QStringLiteral("ko");
}

void TestMnemonics::menus()
{
    QFETCH(QString, language);
    setLanguage(language);
    MainWindow window;
    std::multimap<QString, QString> titles;
    for (QAction *action : window.menuBar()->actions()) {
        if (const QString key = mnemonicOf(action->text()); !key.isEmpty())
            titles.emplace(key, action->text());
    }
    QStringList found = clashes(titles);
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        std::multimap<QString, QString> items;
        for (QAction *action : menu->actions()) {
            if (const QString key = mnemonicOf(action->text()); !key.isEmpty() && action->isVisible())
                items.emplace(key, action->text());
        }
        for (const QString &clash : clashes(items))
            found << menu->title() + QStringLiteral(": ") + clash;
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
