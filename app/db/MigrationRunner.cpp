#include "MigrationRunner.h"

#include "Migration.h"
#include "SchemaVersion.h"
#include "SqlExecutor.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QScopeGuard>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

// Any fixed number will do; it only has to be the same for every migrator.
constexpr qint64 kMigrationLockKey = 0x4845584153544fLL;

ServiceError migrationError(const QString& message, const QString& detail = {})
{
    return ServiceError(ServiceError::Code::Internal, message, detail);
}

QString embeddedSql(const QString& name)
{
    QFile f(u":/hexastore/migrations/"_s + name);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

ServiceError preparationError(const ServiceError& cause)
{
    return ServiceError(
        ServiceError::Code::Forbidden,
        QCoreApplication::translate("MigrationRunner",
                                    "Could not prepare the database (roles, schema). The "
                                    "migration needs a superuser or a role with CREATEROLE: %1")
            .arg(cause.detail()),
        cause.detail(), cause.sqlState());
}

} // namespace

MigrationRunner::MigrationRunner(DatabaseConnection& connection)
    : m_connection(connection)
{}

VoidResult MigrationRunner::prepareRoles()
{
    return prepare(u"roles.sql"_s);
}

VoidResult MigrationRunner::prepareExtensions()
{
    return prepare(u"extensions.sql"_s);
}

VoidResult MigrationRunner::prepare(const QString& script)
{
    SqlExecutor sql(m_connection);
    if (auto ok = sql.begin(); !ok)
        return ok;
    if (auto ok = sql.script(embeddedSql(script)); !ok) {
        sql.rollback();
        return std::unexpected(preparationError(ok.error()));
    }
    return sql.commit();
}

Result<int> MigrationRunner::migrate(const std::function<void(const QString&)>& progress,
                                     int upToVersion)
{
    SqlExecutor sql(m_connection);
    auto say = [&](const QString& text) {
        if (progress)
            progress(text);
    };

    // Two migrators on one database wait for each other instead of colliding.
    if (auto locked = sql.execute(u"SELECT pg_advisory_lock(?)"_s, {kMigrationLockKey}); !locked)
        return std::unexpected(locked.error());
    auto unlock = qScopeGuard(
        [&] { (void)sql.execute(u"SELECT pg_advisory_unlock(?)"_s, {kMigrationLockKey}); });

    if (auto ok = prepareRoles(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = sql.begin(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = sql.script(embeddedSql(u"extensions.sql"_s) + embeddedSql(u"bootstrap.sql"_s));
        !ok) {
        sql.rollback();
        return std::unexpected(preparationError(ok.error()));
    }
    if (auto ok = sql.commit(); !ok)
        return std::unexpected(ok.error());

    auto applied = sql.query(u"SELECT version, checksum FROM hexastore.schema_migrations"_s);
    if (!applied)
        return std::unexpected(applied.error());
    QHash<int, QString> appliedChecksums;
    for (const QSqlRecord& row : *applied)
        appliedChecksums.insert(row.value(0).toInt(), row.value(1).toString());

    const QList<Migration> migrations = Migration::embedded();
    if (migrations.isEmpty())
        return std::unexpected(migrationError(u"no migrations are embedded in this program"_s));
    for (auto it = appliedChecksums.cbegin(); it != appliedChecksums.cend(); ++it) {
        if (it.key() > Migration::latestVersion())
            return std::unexpected(SchemaVersion::newerThanProgram(it.key()));
    }

    int count = 0;
    for (const Migration& m : migrations) {
        if (upToVersion > 0 && m.version > upToVersion)
            break;
        const auto known = appliedChecksums.constFind(m.version);
        if (known != appliedChecksums.cend()) {
            if (known.value() != m.checksum) {
                return std::unexpected(migrationError(
                    QCoreApplication::translate("MigrationRunner",
                                                "Migration %1 (%2) was changed after it had been "
                                                "applied to this database. Refusing to continue.")
                        .arg(m.version)
                        .arg(m.name)));
            }
            continue;
        }
        say(QCoreApplication::translate("MigrationRunner", "Applying migration %1: %2")
                .arg(m.version, 4, 10, QLatin1Char('0'))
                .arg(m.name));
        if (auto ok = sql.begin(); !ok)
            return std::unexpected(ok.error());
        VoidResult step = sql.script(u"SET LOCAL ROLE hexastore_owner"_s);
        if (step)
            step = sql.script(m.sql);
        if (step) {
            auto recorded = sql.execute(
                u"INSERT INTO hexastore.schema_migrations (version, name, checksum) VALUES (?, ?, ?)"_s,
                {m.version, m.name, m.checksum});
            if (!recorded)
                step = std::unexpected(recorded.error());
        }
        if (!step) {
            sql.rollback();
            return std::unexpected(migrationError(
                QCoreApplication::translate("MigrationRunner", "Migration %1 (%2) failed: %3")
                    .arg(m.version)
                    .arg(m.name, step.error().detail()),
                step.error().detail()));
        }
        if (auto ok = sql.commit(); !ok)
            return std::unexpected(ok.error());
        ++count;
    }
    return count;
}
