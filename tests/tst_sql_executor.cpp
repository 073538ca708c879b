// The executor speaks libpq itself (issue #13): placeholders, values both
// ways, streaming, pipelined identity and the absence of server-side state.
#include "db/DatabaseConnection.h"
#include "db/PositionalPlaceholders.h"
#include "db/SqlExecutor.h"
#include "support/TestDatabase.h"

#include <QDateTime>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;

class TstSqlExecutor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void placeholdersOutsideQuotesOnly_data();
    void placeholdersOutsideQuotesOnly();
    void valuesTravelExactly();
    void timestampsAreTheSameInstantInAnyTimeZone();
    void nullIsNotEmpty();
    void streamingStopsEarlyAndTheConnectionGoesOn();
    void identityLastsOneTransaction();
    void aFailedStatementInATransactionFailsTheCommit();
    void nothingIsPreparedOrSetOnTheSession();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DatabaseConnection> m_connection;
    std::unique_ptr<SqlExecutor> m_sql;
};

void TstSqlExecutor::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"sql_executor"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    m_connection = std::make_unique<DatabaseConnection>(m_db->clientSettings());
    QVERIFY(m_connection->open());
    m_sql = std::make_unique<SqlExecutor>(*m_connection);
}

void TstSqlExecutor::placeholdersOutsideQuotesOnly_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("numbered");
    QTest::addColumn<int>("count");
    QTest::newRow("plain") << u"SELECT ?, ?"_s << u"SELECT $1, $2"_s << 2;
    QTest::newRow("literal") << u"SELECT '?', ? -- why?\n"_s << u"SELECT '?', $1 -- why?\n"_s << 1;
    QTest::newRow("doubled quote") << u"SELECT 'it''s ?', ?"_s << u"SELECT 'it''s ?', $1"_s << 1;
    QTest::newRow("escape string") << u"SELECT E'\\'?', ?"_s << u"SELECT E'\\'?', $1"_s << 1;
    QTest::newRow("identifier") << u"SELECT 1 AS \"a?\", ?"_s << u"SELECT 1 AS \"a?\", $1"_s << 1;
    QTest::newRow("block comment") << u"SELECT /* ? */ ?"_s << u"SELECT /* ? */ $1"_s << 1;
    QTest::newRow("dollar quote") << u"SELECT $f$ ? $f$, ?"_s << u"SELECT $f$ ? $f$, $1"_s << 1;
    QTest::newRow("cast") << u"SELECT ?::uuid"_s << u"SELECT $1::uuid"_s << 1;
    QTest::newRow("tag with a digit")
        << u"SELECT $a1$ ? $a1$, ?"_s << u"SELECT $a1$ ? $a1$, $1"_s << 1;
    QTest::newRow("nested comment")
        << u"SELECT /* /* ? */ ? */ ?"_s << u"SELECT /* /* ? */ ? */ $1"_s << 1;
    QTest::newRow("comment ended by CR")
        << u"SELECT 1 -- ?\r, ?"_s << u"SELECT 1 -- ?\r, $1"_s << 1;
}

void TstSqlExecutor::placeholdersOutsideQuotesOnly()
{
    QFETCH(QString, sql);
    QFETCH(QString, numbered);
    QFETCH(int, count);
    int found = -1;
    QCOMPARE(PositionalPlaceholders::toNumbered(sql, &found), numbered);
    QCOMPARE(found, count);
}

void TstSqlExecutor::valuesTravelExactly()
{
    const QByteArray bytes("\x00\x01\xff'\\x", 6);
    auto row = m_sql->queryOne(
        u"SELECT ?::numeric(12,2) AS price, ?::bigint AS big, ?::int AS small, ?::boolean AS yes, "
        "?::bytea AS bytes, ?::text AS text, ?::date AS day, ?::float8 AS ratio, "
        "'123456789012.34'::numeric(14,2) AS wide"_s,
        {u"9999999999.99"_s, qint64(9007199254740993), 42, true, bytes, u"Grüße, 'quoted' ?"_s,
         QDate(2026, 2, 28), 0.1});
    QVERIFY2(row, row ? "" : qPrintable(row.error().detail()));
    QCOMPARE(row->value(u"price"_s).toString(), u"9999999999.99"_s); // exact text, never a double
    QCOMPARE(row->value(u"big"_s).toLongLong(), qint64(9007199254740993));
    QCOMPARE(row->value(u"small"_s).typeId(), QMetaType::Int);
    QCOMPARE(row->value(u"yes"_s).toBool(), true);
    QCOMPARE(row->value(u"bytes"_s).toByteArray(), bytes);
    QCOMPARE(row->value(u"text"_s).toString(), u"Grüße, 'quoted' ?"_s);
    QCOMPARE(row->value(u"day"_s).toDate(), QDate(2026, 2, 28));
    QCOMPARE(row->value(u"ratio"_s).toDouble(), 0.1);
    QCOMPARE(row->value(u"wide"_s).toString(), u"123456789012.34"_s);
}

void TstSqlExecutor::timestampsAreTheSameInstantInAnyTimeZone()
{
    const QDateTime sent(QDate(2026, 11, 30), QTime(23, 59, 58, 123), Qt::UTC);
    for (const QString& zone : {u"UTC"_s, u"Asia/Kolkata"_s, u"America/St_Johns"_s}) {
        QVERIFY(m_sql->begin());
        // SET LOCAL: gone with the transaction, like everything here.
        QVERIFY(m_sql->execute(u"SELECT set_config('TimeZone', ?, true)"_s, {zone}));
        auto row = m_sql->queryOne(u"SELECT ?::timestamptz, ?::timestamptz::text"_s, {sent, sent});
        QVERIFY(m_sql->commit());
        QVERIFY(row);
        QCOMPARE(row->value(0).toDateTime(), sent);
        QCOMPARE(row->value(0).toDateTime().toMSecsSinceEpoch(), sent.toMSecsSinceEpoch());
        QVERIFY2(zone == u"UTC"_s || !row->value(1).toString().endsWith(u"+00"_s),
                 qPrintable(row->value(1).toString()));
    }
}

void TstSqlExecutor::nullIsNotEmpty()
{
    auto row = m_sql->queryOne(
        u"SELECT ?::text IS NULL, ?::text IS NULL, ?::text = '', ?::bigint IS NULL"_s,
        {QString(), QVariant(), u""_s, QVariant(QMetaType(QMetaType::LongLong))});
    QVERIFY(row);
    QCOMPARE(row->value(0).toBool(), true);
    QCOMPARE(row->value(1).toBool(), true);
    QCOMPARE(row->value(2).toBool(), true);
    QCOMPARE(row->value(3).toBool(), true);
    auto nulls = m_sql->queryOne(u"SELECT NULL::bigint AS n, NULL::text AS t"_s);
    QVERIFY(nulls);
    QVERIFY(nulls->value(u"n"_s).isNull());
    QVERIFY(nulls->isNull(u"t"_s));
    // A statement with the wrong number of values is refused before it is sent.
    QVERIFY(!m_sql->query(u"SELECT ?, ?"_s, {1}));
}

void TstSqlExecutor::streamingStopsEarlyAndTheConnectionGoesOn()
{
    m_sql->setIdentity(QString()); // anonymous: streamed in a pipeline after the identity
    int seen = 0;
    auto streamed = m_sql->forEach(u"SELECT g FROM generate_series(1, ?) g"_s, {100000},
                                   [&](const QSqlRecord& r) {
                                       ++seen;
                                       return r.value(0).toInt() < 10;
                                   });
    QVERIFY(streamed);
    QCOMPARE(*streamed, 10);
    QCOMPARE(seen, 10);
    auto next = m_sql->queryOne(u"SELECT 7"_s);
    QVERIFY(next);
    QCOMPARE(next->value(0).toInt(), 7);
    m_sql->setIdentity(std::nullopt);
}

void TstSqlExecutor::identityLastsOneTransaction()
{
    m_sql->setIdentity(u"token-of-someone"_s);
    auto inside = m_sql->queryOne(u"SELECT current_setting('hexastore.access_token', true)"_s);
    QVERIFY(inside);
    QCOMPARE(inside->value(0).toString(), u"token-of-someone"_s);
    QVERIFY(m_sql->begin(SqlExecutor::Access::ReadOnly));
    auto first = m_sql->queryOne(u"SELECT current_setting('hexastore.access_token', true), "
                                 "current_setting('transaction_read_only')"_s);
    auto second = m_sql->queryOne(u"SELECT current_setting('hexastore.access_token', true)"_s);
    QVERIFY(m_sql->commit());
    QVERIFY(first && second);
    QCOMPARE(first->value(0).toString(), u"token-of-someone"_s);
    QCOMPARE(first->value(1).toString(), u"on"_s);
    QCOMPARE(second->value(0).toString(), u"token-of-someone"_s);

    // Without an identity, the session shows nothing of the one before.
    m_sql->setIdentity(std::nullopt);
    auto after = m_sql->queryOne(u"SELECT coalesce(current_setting('hexastore.access_token', "
                                 "true), '')"_s);
    QVERIFY(after);
    QCOMPARE(after->value(0).toString(), QString());
}

void TstSqlExecutor::aFailedStatementInATransactionFailsTheCommit()
{
    QVERIFY(m_sql->begin());
    QVERIFY(!m_sql->query(u"SELECT 1/0"_s));
    auto committed = m_sql->commit();
    QVERIFY(!committed);
    // And a transaction with no statement costs nothing and commits.
    QVERIFY(m_sql->begin());
    QVERIFY(m_sql->commit());
    QVERIFY(m_sql->queryOne(u"SELECT 1"_s));
}

void TstSqlExecutor::nothingIsPreparedOrSetOnTheSession()
{
    m_sql->setIdentity(u"x"_s);
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_sql->query(u"SELECT ?::int"_s, {i}));
    m_sql->setIdentity(std::nullopt);
    auto prepared = m_sql->queryOne(u"SELECT count(*) FROM pg_prepared_statements"_s);
    QVERIFY(prepared);
    QCOMPARE(prepared->value(0).toInt(), 0);
    // No SET from connecting: every setting a session could change is at its default.
    auto changed = m_sql->query(u"SELECT name FROM pg_settings WHERE source = 'session'"_s);
    QVERIFY(changed);
    // (PgBouncer itself SETs the parameters it tracks per client, if they differ.)
    const QStringList tracked{u"client_encoding"_s, u"DateStyle"_s, u"TimeZone"_s,
                              u"standard_conforming_strings"_s, u"application_name"_s};
    const bool pooled = !qEnvironmentVariableIsEmpty("HEXASTORE_TEST_POOLER_DIR");
    QStringList names;
    for (const QSqlRecord& r : *changed) {
        if (!pooled || !tracked.contains(r.value(0).toString()))
            names << r.value(0).toString();
    }
    QVERIFY2(names.isEmpty(), qPrintable(names.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TstSqlExecutor)
#include "tst_sql_executor.moc"
