#include "support/secretlinereader.h"
#include "testenvironment.h"

#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace kubeminder;

namespace {

/// Both ends of a pipe, closed on every way out of a test.
class Pipe
{
public:
    Pipe()
    {
        int fds[2] = {-1, -1};
        if (::pipe2(fds, O_CLOEXEC) == 0) {
            m_read = fds[0];
            m_write = fds[1];
        }
    }
    Pipe(const Pipe &) = delete;
    Pipe &operator=(const Pipe &) = delete;
    ~Pipe()
    {
        closeWriter();
        if (m_read >= 0)
            ::close(m_read);
    }
    bool isValid() const { return m_read >= 0 && m_write >= 0; }
    int reader() const { return m_read; }
    bool write(const QByteArray &bytes)
    {
        return ::write(m_write, bytes.constData(), std::size_t(bytes.size())) == bytes.size();
    }
    void closeWriter()
    {
        if (m_write >= 0)
            ::close(m_write);
        m_write = -1;
    }
    /// What is still in the pipe (the writer must be closed).
    QByteArray rest() const
    {
        QByteArray bytes;
        char buffer[4096];
        ssize_t n = 0;
        while ((n = ::read(m_read, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, n);
        return bytes;
    }

private:
    int m_read = -1;
    int m_write = -1;
};

} // namespace

class TestSecretLineReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setUpTestEnvironment(); }

    void readLine_data();
    void readLine();
    void badDescriptor();
};

void TestSecretLineReader::readLine_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("endOfInput"); ///< the writer closes before the read; else it stays open
    QTest::addColumn<SecretLineReader::Failure>("failure");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("rest"); ///< what a later reader still finds

    using F = SecretLineReader::Failure;
    const QByteArray max(4096, 'p');
    // With the writer still open, a reader that wanted more than the line would hang the test.
    QTest::newRow("LF") << QByteArray("hunter2\nkubeconfig follows\n") << false << F::None
                        << QByteArray("hunter2") << QByteArray("kubeconfig follows\n");
    QTest::newRow("CRLF") << QByteArray("hunter2\r\nnext") << false << F::None << QByteArray("hunter2")
                          << QByteArray("next");
    QTest::newRow("no newline at EOF")
        << QByteArray("hunter2") << true << F::None << QByteArray("hunter2") << QByteArray();
    QTest::newRow("CR at EOF") << QByteArray("hunter2\r") << true << F::None << QByteArray("hunter2")
                               << QByteArray();
    QTest::newRow("CR inside is kept")
        << QByteArray("a\rb\n") << false << F::None << QByteArray("a\rb") << QByteArray();
    QTest::newRow("spaces and quotes are kept")
        << QByteArray(" correct horse 'battery\" staple \n") << false << F::None
        << QByteArray(" correct horse 'battery\" staple ") << QByteArray();
    QTest::newRow("UTF-8") << QStringLiteral("비밀번호\n").toUtf8() << false << F::None
                           << QStringLiteral("비밀번호").toUtf8() << QByteArray();
    QTest::newRow("empty line") << QByteArray("\nsecond\n") << false << F::None << QByteArray()
                                << QByteArray("second\n");
    QTest::newRow("empty input") << QByteArray() << true << F::NoInput << QByteArray() << QByteArray();
    QTest::newRow("exactly the maximum") << max + "\nz" << false << F::None << max << QByteArray("z");
    QTest::newRow("the maximum with CRLF") << max + "\r\nz" << false << F::None << max << QByteArray("z");
    QTest::newRow("too long") << max + "q\nz" << false << F::TooLong << QByteArray() << QByteArray("z");
    // Bounded: a line with no end in sight is refused at the limit, without waiting for the rest.
    QTest::newRow("too long, writer still open")
        << QByteArray(10000, 'x') << false << F::TooLong << QByteArray() << QByteArray(10000 - 4098, 'x');
    QTest::newRow("too long at EOF") << max + "q" << true << F::TooLong << QByteArray() << QByteArray();
    QTest::newRow("NUL inside") << QByteArray("hunt\0er2\nz", 10) << false << F::ContainsNul << QByteArray()
                                << QByteArray("z");
}

void TestSecretLineReader::readLine()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, endOfInput);
    QFETCH(SecretLineReader::Failure, failure);
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, rest);

    Pipe pipe;
    QVERIFY(pipe.isValid());
    QVERIFY(pipe.write(input));
    if (endOfInput)
        pipe.closeWriter();
    const SecretLineReader::Result result =
        SecretLineReader::readLine(pipe.reader(), QStringLiteral("standard input"));
    QCOMPARE(result.failure, failure);
    QCOMPARE(result.ok(), failure == SecretLineReader::Failure::None);
    QCOMPARE(result.line.view().toByteArray(), line);
    if (result.ok()) {
        QVERIFY(result.error.isEmpty());
    } else {
        QVERIFY2(result.error.contains(QLatin1String("standard input")), qPrintable(result.error));
        // The message names the problem, never the input.
        QVERIFY2(!result.error.contains(QLatin1String("hunt")), qPrintable(result.error));
        QVERIFY2(!result.error.contains(QLatin1String("ppp")), qPrintable(result.error));
    }
    // Nothing after the line was taken: the next reader finds it.
    pipe.closeWriter();
    QCOMPARE(pipe.rest(), rest);
}

void TestSecretLineReader::badDescriptor()
{
    const SecretLineReader::Result result = SecretLineReader::readLine(-1, QStringLiteral("standard input"));
    QCOMPARE(result.failure, SecretLineReader::Failure::ReadError);
    QVERIFY2(result.error.contains(QLatin1String("standard input")), qPrintable(result.error));
    QVERIFY(result.line.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretLineReader)
#include "tst_secretlinereader.moc"
