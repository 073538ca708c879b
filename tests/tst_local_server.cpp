// The private server lifecycle on its own throwaway directory (the fixture
// cluster the other tests use is made by the same code).
#include "db/DatabaseConnection.h"
#include "db/LocalServer.h"
#include "db/SqlExecutor.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TstLocalServer : public QObject {
    Q_OBJECT

private slots:
    void lifecycle()
    {
        QTemporaryDir tmp(u"/tmp/hs-ls-XXXXXX"_s);
        QVERIFY(tmp.isValid());
        // When the tests run as root the server runs as `postgres`, which must get in.
        QFile::setPermissions(tmp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadOther | QFile::ExeOther);
        LocalServer server(tmp.path() + u"/srv"_s, LocalServer::Options{false, {}});
        QVERIFY(!server.isInitialized());
        QVERIFY(!server.start().has_value()); // not initialised yet: a clear refusal

        QVERIFY2(server.init().has_value(), "init");
        QVERIFY(server.isInitialized());
        QVERIFY(server.init().has_value()); // idempotent
        QVERIFY(server.port() > 0);

        auto started = server.start();
        QVERIFY2(started.has_value(), qPrintable(started ? QString() : started.error().message()));
        auto status = server.status();
        QVERIFY(status.has_value() && status->running);
        QVERIFY(server.start().has_value()); // already running: fine

        // Reachable on the socket in DIR, and listening on 127.0.0.1.
        {
            DatabaseConnection db(server.superuserSettings());
            QVERIFY(db.open().has_value());
            SqlExecutor sql(db);
            auto row = sql.queryOne(
                u"SELECT current_setting('listen_addresses'), current_setting('port')"_s);
            QCOMPARE(row->value(0).toString(), u"127.0.0.1"_s);
            QCOMPARE(row->value(1).toInt(), server.port());
        }
        QTcpServer probe;
        QVERIFY(!probe.listen(QHostAddress::LocalHost, quint16(server.port())));

        QVERIFY(server.stop().has_value());
        QVERIFY(!server.status()->running);

        // A port taken while the server was down: it moves to a free one.
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, quint16(server.port())));
        QVERIFY(server.start().has_value());
        QVERIFY(server.port() != squatter.serverPort());
        QVERIFY(server.status()->running);

        QVERIFY(server.remove().has_value());
        QVERIFY(!QDir(tmp.path() + u"/srv"_s).exists());
    }

    void refusesToRemoveOtherDirectories()
    {
        QTemporaryDir tmp(u"/tmp/hs-ls-XXXXXX"_s);
        QFile keep(tmp.path() + u"/precious.txt"_s);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.close();
        LocalServer server(tmp.path());
        QVERIFY(!server.remove().has_value());
        QVERIFY(QFile::exists(tmp.path() + u"/precious.txt"_s));
    }

    void refusesSocketPathsThatAreTooLong()
    {
        LocalServer server(u"/tmp/"_s + QString(120, u'x'));
        auto result = server.init();
        QVERIFY(!result.has_value());
        QVERIFY(result.error().message().contains(u"too long"_s));
    }
};

QTEST_GUILESS_MAIN(TstLocalServer)
#include "tst_local_server.moc"
