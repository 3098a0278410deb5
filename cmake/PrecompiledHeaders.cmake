# Precompiled headers. Most of the build's time went into parsing the same Qt, yaml-cpp and standard
# headers again in each of ~170 files (a test file is about half header parsing); a few precompiled
# sets are parsed once and loaded by every file of the targets that share them.
#
# One set per group of targets with the same compiler flags: GCC uses a precompiled header only with
# the same -O level (GCC 12 even crashes on one made at -O1 and used at -O3) and the same definition
# of each macro it was made with. CMake adds -Winvalid-pch, so with -Werror (CI) a header that cannot
# be used fails the build instead of being parsed again unnoticed.
#   made by                  used by
#   kubeminder_core          kubeminder_cli, the kubeminder binary without the GUI, the fuzz targets
#                            and their replayers, the crash writer, the benchmark generator
#   kubeminder_ui            the kubeminder binary, the window benchmark
#   kubeminder_test_pch      kubeminder_test_support, the SSH stage (kubeminder_stagesshd), every
#                            test that does not link kubeminder_ui
#   kubeminder_ui_test_pch   every test that links kubeminder_ui
# (the last two at the tests' -O1, in tests/CMakeLists.txt). Only external headers: a project header
# in a set would rebuild everything whenever it changes.
#
# Not in the sets: QtTest's headers, which test QT_TESTCASE_BUILDDIR and QT_TESTCASE_SOURCEDIR, that
# Qt defines per directory; OpenSSL's, since privatekey.cpp defines OPENSSL_SUPPRESS_DEPRECATED before
# including them.
#
# -DKUBEMINDER_PCH=OFF builds without them, to see that each file includes what it uses.
option(KUBEMINDER_PCH "Precompile the Qt, yaml-cpp and standard headers most files include" ON)

set(KUBEMINDER_PCH_CORE
    <algorithm> <array> <atomic> <chrono> <cstdint> <cstring> <functional> <map> <memory> <optional>
    <set> <string> <string_view> <tuple> <unordered_map> <utility> <variant> <vector>
    <QByteArray> <QCoreApplication> <QDateTime> <QDeadlineTimer> <QDir> <QElapsedTimer> <QFile>
    <QFileInfo> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QJsonValue> <QList> <QLocale>
    <QMap> <QObject> <QProcess> <QRegularExpression> <QSet> <QSettings> <QStandardPaths> <QString>
    <QStringList> <QThread> <QThreadPool> <QTimeZone> <QTimer> <QUrl> <QVariant>
    <QHostAddress> <QSslConfiguration> <QSslSocket>
    <yaml-cpp/yaml.h>)

set(KUBEMINDER_PCH_WIDGETS
    <QAbstractTableModel> <QAction> <QApplication> <QBoxLayout> <QCheckBox> <QColor> <QComboBox>
    <QDialog> <QDialogButtonBox> <QFileDialog> <QFormLayout> <QFrame> <QGuiApplication>
    <QHeaderView> <QIcon> <QLabel> <QLineEdit> <QMainWindow> <QMenu> <QMessageBox> <QPainter>
    <QPalette> <QPixmap> <QPointer> <QPushButton> <QSpinBox> <QStackedWidget> <QStyle>
    <QTableView> <QTextBrowser> <QWidget>
    <QFutureWatcher> <QtConcurrent/QtConcurrentRun>)

# What QtTest's qtest.h and qtestcase.h include (with QT_NETWORK_LIB qtest.h adds qtest_network.h),
# and what the tests use most.
set(KUBEMINDER_PCH_TEST
    <QBitArray> <QCborArray> <QCborMap> <QCborValue> <QAbstractItemModel> <QUuid> <QPoint> <QSize>
    <QRect> <QMetaObject> <QSharedPointer> <QTemporaryDir>
    <QNetworkCookie> <QNetworkReply>
    <QScopeGuard> <QTcpServer>)

# And what qtest_gui.h and qtest_widgets.h include.
set(KUBEMINDER_PCH_UI_TEST
    <QEvent> <QWindow> <QPointingDevice> <QSizePolicy> <QMetaEnum> <QImage> <QRegion> <QVector2D>
    <QVector3D> <QVector4D> <QtGui/qtestsupport_gui.h> <QtWidgets/qtestsupport_widgets.h>)

# kubeminder_precompile(<target> HEADERS <header>... [MOC])  precompile these for the target
# kubeminder_precompile(<target> REUSE_FROM <other> [MOC])   use <other>'s (same flags, same macros)
# Loading a set costs about as much as parsing a third of it, 1 to 2 s of CPU: so AUTOMOC's
# mocs_compilation.cpp, empty but for targets with Q_OBJECT in a header, is compiled without it
# unless MOC says it has something to compile.
function(kubeminder_precompile target)
    if(NOT KUBEMINDER_PCH)
        return()
    endif()
    cmake_parse_arguments(ARG "MOC" "REUSE_FROM" "HEADERS" ${ARGN})
    if(ARG_REUSE_FROM)
        target_precompile_headers(${target} REUSE_FROM ${ARG_REUSE_FROM})
    else()
        target_precompile_headers(${target} PRIVATE ${ARG_HEADERS})
    endif()
    if(NOT ARG_MOC)
        get_target_property(binaryDir ${target} BINARY_DIR)
        set_source_files_properties(${binaryDir}/${target}_autogen/mocs_compilation.cpp
            TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
endfunction()
