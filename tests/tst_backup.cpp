// Backups that restore (issue #14): a filled database (catalog, orders,
// deliveries, reviews, audit log) is backed up with `hexastore-admin backup`,
// destroyed, restored, and every table compared; damaged, truncated and
// newer-schema backups are refused before anything changes; an older one is
// migrated; a new local server can be the target, and the local server's
// database can be replaced while its old data is kept.
#include "db/DatabaseBackup.h"
#include "db/DatabaseConnection.h"
#include "db/DatabaseProvisioner.h"
#include "db/LocalServer.h"
#include "db/Migration.h"
#include "db/SqlExecutor.h"
#include "tests/support/AdminCommand.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QProcess>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = AdminRun;

Run admin(const QStringList& arguments)
{
    return runAdmin(arguments);
}

// Every table of the schema: its row count and a digest of all its rows, and
// every sequence's position.
QMap<QString, QString> contents(const ConnectionSettings& settings)
{
    DatabaseConnection connection(settings);
    if (!connection.open())
        return {{u"error"_s, u"cannot connect"_s}};
    SqlExecutor sql(connection);
    QMap<QString, QString> result;
    auto tables = sql.query(u"SELECT tablename FROM pg_tables WHERE schemaname = 'hexastore'"_s);
    if (!tables)
        return {{u"error"_s, tables.error().detail()}};
    for (const QSqlRecord& row : *tables) {
        const QString table = row.value(0).toString();
        auto digest = sql.queryOne(
            u"SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' "
            "ORDER BY t::text), '')) FROM hexastore.%1 t"_s.arg(sql.quoteIdentifier(table)));
        result.insert(table, digest ? digest->value(0).toString() : digest.error().detail());
    }
    auto sequences = sql.query(
        u"SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'hexastore'"_s);
    if (!sequences)
        return {{u"error"_s, sequences.error().detail()}};
    for (const QSqlRecord& row : *sequences)
        result.insert(u"sequence "_s + row.value(0).toString(), row.value(1).toString());
    return result;
}

qint64 count(SqlExecutor& sql, const QString& table)
{
    auto row = sql.queryOne(u"SELECT count(*) FROM hexastore."_s + table);
    return row ? row->value(0).toLongLong() : -1;
}

bool hasSchema(const ConnectionSettings& settings)
{
    DatabaseConnection connection(settings);
    if (!connection.open())
        return true; // counts as "changed": the test fails
    SqlExecutor sql(connection);
    auto row = sql.queryOne(u"SELECT to_regnamespace('hexastore') IS NOT NULL"_s);
    return !row || row->value(0).toBool();
}

int schemaVersion(const ConnectionSettings& settings)
{
    DatabaseConnection connection(settings);
    if (!connection.open())
        return -1;
    SqlExecutor sql(connection);
    auto row = sql.queryOne(u"SELECT hexastore.schema_version()"_s);
    return row ? row->value(0).toInt() : -1;
}

} // namespace

class TstBackup : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aRestoredDatabaseHoldsExactlyWhatWasBackedUp();
    void aDamagedOrTruncatedBackupIsRefusedBeforeAnythingChanges();
    void aDatabaseWithDataIsNotOverwritten();
    void aBackupOfANewerSchemaIsRefused();
    void anOlderBackupIsMigrated();
    void aNewLocalServerCanBeTheTarget();
    void theLocalDatabaseIsReplacedAndItsOldDataKept();
    void aCancelledBackupOrRestoreLeavesNothing();
    void aCraftedFileGetsNoMoreRightsThanTheShop();

private:
    // An empty database on the test cluster, dropped at the end.
    ConnectionSettings emptyDatabase(const QString& suffix);

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_backup;
    QMap<QString, QString> m_contents;
    QStringList m_made;
};

ConnectionSettings TstBackup::emptyDatabase(const QString& suffix)
{
    ConnectionSettings settings = m_db->operatorSettings();
    settings.database = m_db->operatorSettings().database + u'_' + suffix;
    ConnectionSettings maintenance = settings;
    maintenance.database = u"postgres"_s;
    DatabaseProvisioner provisioner(maintenance);
    (void)provisioner.dropDatabase(settings.database);
    if (!provisioner.ensureDatabase(settings.database))
        qWarning("could not create %s", qPrintable(settings.database));
    m_made.append(settings.database);
    return settings;
}

void TstBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<TestDatabase>(u"backup"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    const QString url = m_db->operatorSettings().toUrl();
    const Run seeded = admin({u"seed-demo"_s, u"--url"_s, url, u"--products"_s, u"60"_s,
                              u"--orders"_s, u"200"_s, u"--deliveries"_s, u"3"_s});
    QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.output));
    QVERIFY(m_db->admin()
                .execute(u"SELECT hexastore._audit('test.backup', 'test', 1, 'before the backup', "
                         "'{}'::jsonb)"_s)
                .has_value());
    // The database holds something of every kind the shop keeps.
    for (const QString& table : {u"products"_s, u"product_variants"_s, u"images"_s, u"orders"_s,
                                 u"order_items"_s, u"deliveries"_s, u"delivery_events"_s,
                                 u"reviews"_s, u"audit_log"_s, u"users"_s, u"promo_codes"_s})
        QVERIFY2(count(m_db->admin(), table) > 0, qPrintable(table));
    m_backup = m_dir.filePath(u"shop.hxbackup"_s);
}

void TstBackup::cleanupTestCase()
{
    if (!m_db)
        return;
    ConnectionSettings maintenance = m_db->operatorSettings();
    maintenance.database = u"postgres"_s;
    for (const QString& name : std::as_const(m_made))
        (void)DatabaseProvisioner(maintenance).dropDatabase(name);
}

void TstBackup::aRestoredDatabaseHoldsExactlyWhatWasBackedUp()
{
    const ConnectionSettings original = m_db->operatorSettings();
    m_contents = contents(original);
    QVERIFY(!m_contents.contains(u"error"_s));
    QVERIFY(m_contents.size() > 30);

    const Run made = admin({u"backup"_s, u"--to"_s, m_backup, u"--url"_s, original.toUrl()});
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));
    // It holds password hashes: its owner's only.
    QCOMPARE(QFile::permissions(m_backup) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(made.output.contains(u"schema version %1"_s.arg(Migration::latestVersion())));
    // A second backup to the same name is refused: it would replace the first.
    const Run again = admin({u"backup"_s, u"--to"_s, m_backup, u"--url"_s, original.toUrl()});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.output.contains(u"exists already"_s));

    // Destroyed: the database is gone, and an empty one takes its name.
    ConnectionSettings maintenance = original;
    maintenance.database = u"postgres"_s;
    QVERIFY(DatabaseProvisioner(maintenance).dropDatabase(original.database).has_value());
    QVERIFY(DatabaseProvisioner(maintenance).ensureDatabase(original.database).has_value());
    QVERIFY(!hasSchema(original));

    const Run restored = admin({u"restore"_s, u"--from"_s, m_backup, u"--url"_s, original.toUrl()});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.output));
    const QMap<QString, QString> after = contents(original);
    for (auto it = m_contents.cbegin(); it != m_contents.cend(); ++it)
        QVERIFY2(
            after.value(it.key()) == it.value(),
            qPrintable(u"%1: %2 became %3"_s.arg(it.key(), it.value(), after.value(it.key()))));
    QCOMPARE(after.size(), m_contents.size());

    // The restored database works: its audit chain holds, the client role
    // (grants, row-level security) can log in with a demo password.
    const Run verified = admin({u"audit"_s, u"verify"_s, u"--url"_s, original.toUrl()});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.output));
    ConnectionSettings client = m_db->clientSettings();
    DatabaseConnection connection(client);
    QVERIFY(connection.open().has_value());
    SqlExecutor sql(connection);
    auto login = sql.queryOne(u"SELECT user_id FROM hexastore.login(?, ?, ?)"_s,
                              {u"buyer@hexastore.test"_s, u"demo-buyer-pass"_s, u"tst_backup"_s});
    QVERIFY2(login.has_value(), login ? "" : qPrintable(login.error().detail()));
    QVERIFY(login->value(0).toLongLong() > 0);
    auto sneaky = sql.query(u"SELECT * FROM hexastore.user_credentials"_s);
    QVERIFY(!sneaky.has_value());
}

void TstBackup::aDamagedOrTruncatedBackupIsRefusedBeforeAnythingChanges()
{
    QVERIFY(QFile::exists(m_backup));
    QFile original(m_backup);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();

    struct Case {
        QString name;
        QByteArray bytes;
        QString says;
    };
    QByteArray flipped = bytes;
    flipped[bytes.size() / 2] = char(flipped[bytes.size() / 2] ^ 0x20);
    QByteArray header = bytes;
    header.replace("schema=", "schemq=");
    QByteArray twice = bytes;
    twice.replace("schema=", "schema=999999 schema=");
    const QList<Case> cases{
        {u"flipped"_s, flipped, u"damaged"_s},
        {u"truncated"_s, bytes.left(bytes.size() * 2 / 3), u"incomplete"_s},
        {u"tail cut"_s, bytes.left(bytes.size() - 1), u"incomplete"_s},
        {u"header"_s, header, u"first line"_s},
        {u"a key twice"_s, twice, u"first line"_s},
        {u"not a backup"_s, QByteArray("id,name\n1,x\n"), u"does not start like one"_s},
        {u"empty"_s, QByteArray(), u"does not start like one"_s},
    };
    const ConnectionSettings target = emptyDatabase(u"damaged"_s);
    for (const Case& c : cases) {
        const QString path = m_dir.filePath(u"bad.hxbackup"_s);
        QFile bad(path);
        QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bad.write(c.bytes);
        bad.close();
        const Run run = admin({u"restore"_s, u"--from"_s, path, u"--url"_s, target.toUrl()});
        QVERIFY2(run.exitCode == 1, qPrintable(c.name + u": "_s + run.output));
        QVERIFY2(run.output.contains(c.says), qPrintable(c.name + u": "_s + run.output));
        QVERIFY2(!hasSchema(target), qPrintable(c.name));
    }
    const Run missing =
        admin({u"restore"_s, u"--from"_s, m_dir.filePath(u"none"_s), u"--url"_s, target.toUrl()});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.output.contains(u"Cannot read"_s));
}

void TstBackup::aDatabaseWithDataIsNotOverwritten()
{
    const ConnectionSettings original = m_db->operatorSettings();
    const QMap<QString, QString> before = contents(original);
    const Run run = admin({u"restore"_s, u"--from"_s, m_backup, u"--url"_s, original.toUrl()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains(u"is not empty"_s), qPrintable(run.output));
    QCOMPARE(contents(original), before);
}

void TstBackup::aBackupOfANewerSchemaIsRefused()
{
    const ConnectionSettings newer = emptyDatabase(u"newer"_s);
    const Run restored = admin({u"restore"_s, u"--from"_s, m_backup, u"--url"_s, newer.toUrl()});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.output));
    {
        // As if a later HexaStore had migrated it.
        DatabaseConnection connection(newer);
        QVERIFY(connection.open().has_value());
        SqlExecutor sql(connection);
        QVERIFY(sql.execute(u"INSERT INTO hexastore.schema_migrations (version, name, checksum) "
                            "VALUES (?, 'from_the_future', 'x')"_s,
                            {Migration::latestVersion() + 1})
                    .has_value());
    }
    const QString path = m_dir.filePath(u"newer.hxbackup"_s);
    const Run made = admin({u"backup"_s, u"--to"_s, path, u"--url"_s, newer.toUrl()});
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));

    const ConnectionSettings target = emptyDatabase(u"from_newer"_s);
    const Run run = admin({u"restore"_s, u"--from"_s, path, u"--url"_s, target.toUrl()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains(u"newer HexaStore"_s), qPrintable(run.output));
    QVERIFY(!hasSchema(target));
}

void TstBackup::anOlderBackupIsMigrated()
{
    const int older = Migration::latestVersion() - 1;
    TestDatabase old(u"backup_old"_s, older);
    QVERIFY2(old.isReady(), qPrintable(old.failure()));
    const qint64 seller =
        old.createUser(Role::Seller, u"old-seller@example.test"_s, u"a long old password"_s);
    QVERIFY(seller > 0);
    QVERIFY(old.createListing(seller, u"Kept from long ago"_s, u"12.50"_s, 4).productId > 0);
    QCOMPARE(schemaVersion(old.operatorSettings()), older);
    const QString path = m_dir.filePath(u"old.hxbackup"_s);
    const Run made =
        admin({u"backup"_s, u"--to"_s, path, u"--url"_s, old.operatorSettings().toUrl()});
    QVERIFY2(made.exitCode == 0, qPrintable(made.output));

    const ConnectionSettings target = emptyDatabase(u"from_old"_s);
    const Run run = admin({u"restore"_s, u"--from"_s, path, u"--url"_s, target.toUrl()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QCOMPARE(schemaVersion(target), Migration::latestVersion());
    DatabaseConnection connection(target);
    QVERIFY(connection.open().has_value());
    SqlExecutor sql(connection);
    auto kept = sql.queryOne(
        u"SELECT count(*) FROM hexastore.products WHERE name = 'Kept from long ago'"_s);
    QVERIFY(kept.has_value());
    QCOMPARE(kept->value(0).toInt(), 1);
}

void TstBackup::aNewLocalServerCanBeTheTarget()
{
    // Directly under /tmp: as root the server runs as postgres, who must reach it.
    const QString dir = u"/tmp/hx-restore-%1"_s.arg(QCoreApplication::applicationPid());
    (void)LocalServer(dir).remove();
    const Run run = admin({u"restore"_s, u"--from"_s, m_backup, u"--dir"_s, dir});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    LocalServer server(dir);
    QVERIFY(server.start().has_value());
    const QMap<QString, QString> restored = contents(server.superuserSettings(u"hexastore"_s));
    QVERIFY(server.remove().has_value());
    QCOMPARE(restored, m_contents);
}

void TstBackup::theLocalDatabaseIsReplacedAndItsOldDataKept()
{
    const ConnectionSettings live = emptyDatabase(u"live"_s);
    {
        TestDatabase other(u"backup_other"_s);
        QVERIFY(other.isReady());
        QVERIFY(other.createUser(Role::Buyer, u"only-in-other@example.test"_s,
                                 u"a long other password"_s) > 0);
        const QString path = m_dir.filePath(u"other.hxbackup"_s);
        QVERIFY(DatabaseBackup::backup(other.operatorSettings(), path).has_value());
        QVERIFY(DatabaseBackup::restore(path, live).has_value());
    }
    // Someone is connected to the live database while it is replaced.
    DatabaseConnection user(live);
    QVERIFY(user.open().has_value());

    auto checked = DatabaseBackup::check(m_backup);
    QVERIFY(checked.has_value());
    auto kept = DatabaseBackup::restoreReplacing(m_backup, *checked, live);
    QVERIFY2(kept.has_value(), kept ? "" : qPrintable(kept.error().detail()));
    ConnectionSettings old = live;
    old.database = *kept;
    m_made.append(*kept);
    QCOMPARE(contents(live), m_contents);
    DatabaseConnection connection(old);
    QVERIFY(connection.open().has_value());
    SqlExecutor sql(connection);
    auto other = sql.queryOne(
        u"SELECT count(*) FROM hexastore.users WHERE email = 'only-in-other@example.test'"_s);
    QVERIFY(other.has_value());
    QCOMPARE(other->value(0).toInt(), 1);
    // The connection that was there was closed, not left on the old data.
    SqlExecutor stale(user);
    QVERIFY(!stale.queryOne(u"SELECT 1"_s).has_value());
}

void TstBackup::aCancelledBackupOrRestoreLeavesNothing()
{
    const TaskControl cancelAtOnce([] { return true; }, {});
    const QString path = m_dir.filePath(u"cancelled.hxbackup"_s);
    auto made = DatabaseBackup::backup(m_db->operatorSettings(), path, cancelAtOnce);
    QVERIFY(!made.has_value());
    QVERIFY(!QFile::exists(path));

    const ConnectionSettings target = emptyDatabase(u"cancelled"_s);
    auto checked = DatabaseBackup::check(m_backup);
    QVERIFY(checked.has_value());
    // Cancelled halfway through feeding the archive to pg_restore.
    qint64 seen = 0;
    const TaskControl cancelHalfway(
        [&seen, &checked] { return seen > checked->payloadSize * 3 / 2; },
        [&seen](qint64 done, qint64) { seen = done; });
    auto restored = DatabaseBackup::restoreChecked(m_backup, *checked, target, cancelHalfway);
    QVERIFY(!restored.has_value());
    QVERIFY(restored.error().message().contains(u"Cancelled"_s));
    QVERIFY(!hasSchema(target));
}

// A backup is restored by pg_restore as hexastore_owner, and only HexaStore's
// schema is taken: a file made to run a program on the server (through an
// index expression here) fails and changes nothing; a file with anything
// outside the schema is refused; so is a target that holds other tables.
void TstBackup::aCraftedFileGetsNoMoreRightsThanTheShop()
{
    // Where the server's user may write (as root it is postgres).
    const QString marker = u"/tmp/hx-pwned-%1"_s.arg(QCoreApplication::applicationPid());
    TestDatabase evil(u"backup_evil"_s);
    QVERIFY(evil.isReady());
    auto planted = evil.admin().script(uR"(CREATE FUNCTION hexastore.run() RETURNS void
                             LANGUAGE plpgsql VOLATILE AS $f$ BEGIN
                             EXECUTE format('COPY (SELECT 1) TO PROGRAM %L', 'touch %1');
                             END $f$;
                             CREATE FUNCTION hexastore.evil(integer) RETURNS integer
                             LANGUAGE plpgsql IMMUTABLE AS $f$ BEGIN
                             PERFORM hexastore.run(); RETURN $1; END $f$;
                             CREATE TABLE hexastore.trap (x integer);
                             INSERT INTO hexastore.trap VALUES (1);
                             CREATE INDEX trap_evil ON hexastore.trap (hexastore.evil(x));)"_s.arg(
        marker));
    QVERIFY2(planted.has_value(), planted ? "" : qPrintable(planted.error().detail()));
    QFile::remove(marker); // the index was built here, as the superuser
    const QString evilFile = m_dir.filePath(u"evil.hxbackup"_s);
    QVERIFY(DatabaseBackup::backup(evil.operatorSettings(), evilFile).has_value());
    const ConnectionSettings target = emptyDatabase(u"evil"_s);
    auto restored = DatabaseBackup::restore(evilFile, target);
    QVERIFY(!restored.has_value());
    QVERIFY(!QFile::exists(marker));
    QVERIFY(!hasSchema(target));

    // Something outside the schema: not a HexaStore backup.
    QVERIFY(evil.admin()
                .script(u"DROP INDEX hexastore.trap_evil; "
                        "CREATE TABLE public.someone_elses (x integer)"_s)
                .has_value());
    const QString mixedFile = m_dir.filePath(u"mixed.hxbackup"_s);
    QVERIFY(DatabaseBackup::backup(evil.operatorSettings(), mixedFile).has_value());
    auto mixed = DatabaseBackup::restore(mixedFile, target);
    QVERIFY(!mixed.has_value());
    QVERIFY2(mixed.error().message().contains(u"more than a HexaStore database"_s),
             qPrintable(mixed.error().message()));
    QVERIFY(!hasSchema(target));

    // A target with someone else's table is not empty.
    {
        DatabaseConnection connection(target);
        QVERIFY(connection.open().has_value());
        SqlExecutor sql(connection);
        QVERIFY(sql.script(u"CREATE TABLE public.theirs (x integer)"_s).has_value());
    }
    auto occupied = DatabaseBackup::restore(mixedFile, target);
    QVERIFY(!occupied.has_value());
    QVERIFY(occupied.error().message().contains(u"is not empty"_s));
}

QTEST_GUILESS_MAIN(TstBackup)
#include "tst_backup.moc"
