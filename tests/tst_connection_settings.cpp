#include "db/ConnectionSettings.h"
#include "services/server/ServerProfile.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstConnectionSettings : public QObject {
    Q_OBJECT

private slots:
    void parsesTcpUrl()
    {
        auto s = ConnectionSettings::fromUrl(
            u"postgresql://app:s%40cret@db.example.com:6543/shop?sslmode=verify-full"_s);
        QVERIFY(s.has_value());
        QCOMPARE(s->host, u"db.example.com"_s);
        QCOMPARE(s->port, 6543);
        QCOMPARE(s->user, u"app"_s);
        QCOMPARE(s->password, u"s@cret"_s);
        QCOMPARE(s->database, u"shop"_s);
        QCOMPARE(s->sslMode, u"verify-full"_s);
        QVERIFY(!s->toUrl().contains(u"s@cret"_s)); // never prints the password
        QVERIFY(!s->toUrl().contains(u"s%40cret"_s));
    }

    void parsesSocketUrlAndRoundTrips()
    {
        auto s = ConnectionSettings::fromUrl(
            u"postgresql:///hexastore?host=/tmp/hs%20dir&port=5999&user=hexastore_client"_s);
        QVERIFY(s.has_value());
        QVERIFY(s->isLocalSocket());
        QCOMPARE(s->host, u"/tmp/hs dir"_s);
        QCOMPARE(s->port, 5999);
        auto again = ConnectionSettings::fromUrl(s->toUrl());
        QVERIFY(again.has_value());
        QCOMPARE(again->host, s->host);
        QCOMPARE(again->port, s->port);
        QCOMPARE(again->user, s->user);
        QCOMPARE(again->database, s->database);
    }

    void parsesMultiHostUrlAndRoundTrips()
    {
        // libpq's failover form: every server in order, the primary found by
        // target_session_attrs.
        auto s = ConnectionSettings::fromUrl(
            u"postgresql://app@db1.example.com:5432,db2.example.com:5433,[::1]/shop"
            "?target_session_attrs=read-write&sslmode=require"_s);
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().message()));
        QVERIFY(s->isMultiHost());
        QCOMPARE(s->host, u"db1.example.com,db2.example.com,::1"_s);
        QCOMPARE(s->portText(), u"5432,5433,5432"_s);
        QCOMPARE(s->targetSessionAttrs, u"read-write"_s);
        QCOMPARE(s->user, u"app"_s);
        QCOMPARE(s->database, u"shop"_s);
        auto again = ConnectionSettings::fromUrl(s->toUrl());
        QVERIFY2(again.has_value(), qPrintable(s->toUrl()));
        QCOMPARE(again->host, s->host);
        QCOMPARE(again->portText(), s->portText());
        QCOMPARE(again->targetSessionAttrs, s->targetSessionAttrs);

        auto sockets = ConnectionSettings::fromUrl(
            u"postgresql:///shop?host=/run/a,/run/b&port=5001,5002&target_session_attrs=primary"_s);
        QVERIFY(sockets.has_value());
        QCOMPARE(sockets->portText(), u"5001,5002"_s);
        auto socketsAgain = ConnectionSettings::fromUrl(sockets->toUrl());
        QVERIFY2(socketsAgain.has_value(), qPrintable(sockets->toUrl()));
        QCOMPARE(socketsAgain->host, u"/run/a,/run/b"_s);
        QCOMPARE(socketsAgain->portText(), u"5001,5002"_s);
        // What libpq gets: the whole lists, and nothing that becomes a SET.
        const auto parameters = socketsAgain->libpqParameters();
        QVERIFY(parameters.contains(std::pair{QByteArray("host"), QByteArray("/run/a,/run/b")}));
        QVERIFY(parameters.contains(std::pair{QByteArray("port"), QByteArray("5001,5002")}));
        QVERIFY(parameters.contains(
            std::pair{QByteArray("target_session_attrs"), QByteArray("primary")}));
        for (const auto& [keyword, value] : parameters)
            QVERIFY2(keyword != "options", value.constData());
    }

    void aSavedProfileNamesAReadServer()
    {
        ServerProfile profile;
        profile.kind = ServerProfile::Kind::Remote;
        profile.host = u"db1.example.com,db2.example.com"_s;
        profile.port = 6432;
        profile.sslMode = u"verify-full"_s;
        const ConnectionSettings primary = profile.connectionSettings(u"pw"_s);
        QCOMPARE(primary.targetSessionAttrs, u"read-write"_s); // several hosts: the writable one
        QVERIFY(!profile.readSettings(u"pw"_s));               // none named

        for (const auto& [text, host, port] :
             {std::tuple{u"standby.example.com"_s, u"standby.example.com"_s, 6432},
              std::tuple{u" standby:7000 "_s, u"standby"_s, 7000},
              std::tuple{u"[2001:db8::5]:6433"_s, u"2001:db8::5"_s, 6433}}) {
            profile.readServer = text;
            QVERIFY(ServerProfile::isValidReadServer(text));
            const auto reads = profile.readSettings(u"pw"_s);
            QVERIFY(reads);
            QCOMPARE(reads->host, host);
            QCOMPARE(reads->port, port);
            QCOMPARE(reads->database, primary.database);
            QCOMPARE(reads->user, primary.user);
            QCOMPARE(reads->password, u"pw"_s);
            QCOMPARE(reads->sslMode, u"verify-full"_s);
            QVERIFY(reads->targetSessionAttrs.isEmpty());
        }
        for (const QString& bad :
             {u"a b"_s, u"host:0"_s, u"host:70000"_s, u"h1,h2"_s, u"postgresql://x/db"_s}) {
            QVERIFY2(!ServerProfile::isValidReadServer(bad), qPrintable(bad));
        }
    }

    void rejectsBadUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("wrong scheme") << u"mysql://localhost/db"_s;
        QTest::newRow("no database") << u"postgresql://localhost"_s;
        QTest::newRow("bad port") << u"postgresql:///db?host=/tmp&port=99999"_s;
        QTest::newRow("bad sslmode") << u"postgresql://h/db?sslmode=sometimes"_s;
        QTest::newRow("unknown parameter") << u"postgresql://h/db?evil=1"_s;
        QTest::newRow("garbage") << u"::::"_s;
        QTest::newRow("bad port in a list") << u"postgresql://a:1,b:x/db"_s;
        QTest::newRow("empty host in a list") << u"postgresql://a:1,:2/db"_s;
        QTest::newRow("bad target_session_attrs")
            << u"postgresql://a,b/db?target_session_attrs=rw"_s;
    }

    void rejectsBadUrls()
    {
        QFETCH(QString, url);
        auto s = ConnectionSettings::fromUrl(url);
        QVERIFY(!s.has_value());
        QCOMPARE(s.error().code(), ServiceError::Code::Validation);
        QVERIFY(!s.error().message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstConnectionSettings)
#include "tst_connection_settings.moc"
