#include "db/ConnectionSettings.h"

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

    void rejectsBadUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("wrong scheme") << u"mysql://localhost/db"_s;
        QTest::newRow("no database") << u"postgresql://localhost"_s;
        QTest::newRow("bad port") << u"postgresql:///db?host=/tmp&port=99999"_s;
        QTest::newRow("bad sslmode") << u"postgresql://h/db?sslmode=sometimes"_s;
        QTest::newRow("unknown parameter") << u"postgresql://h/db?evil=1"_s;
        QTest::newRow("garbage") << u"::::"_s;
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
