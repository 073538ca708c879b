#include "BenchmarkDatabase.h"

#include "CliSupport.h"
#include "db/DatabaseProvisioner.h"
#include "db/MigrationRunner.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

void BenchmarkDatabase::addOptions(QCommandLineParser& parser)
{
    parser.addOption({u"dir"_s,
                      u"Server directory, kept between runs (default /tmp/hexastore-bench)"_s,
                      u"dir"_s, u"/tmp/hexastore-bench"_s});
    parser.addOption({u"url"_s,
                      u"Operator URL of a server's maintenance database instead of --dir"_s,
                      u"url"_s});
}

Result<std::unique_ptr<BenchmarkDatabase>> BenchmarkDatabase::open(const QString& url,
                                                                   const QString& dir,
                                                                   const QString& name,
                                                                   Lifetime lifetime)
{
    std::unique_ptr<BenchmarkDatabase> db(new BenchmarkDatabase);
    db->m_lifetime = lifetime;
    if (!url.isEmpty()) {
        auto settings = ConnectionSettings::fromUrl(url);
        if (!settings)
            return std::unexpected(settings.error());
        db->m_maintenance = *settings;
    } else {
        // Benchmark data is throwaway even when kept: no fsync.
        db->m_server.emplace(dir, LocalServer::Options{false, {}});
        CliSupport::out() << "PostgreSQL for the benchmark in " << dir << Qt::endl;
        if (auto ok = db->m_server->init(); !ok)
            return std::unexpected(ok.error());
        if (auto ok = db->m_server->start(); !ok)
            return std::unexpected(ok.error());
        db->m_maintenance = db->m_server->superuserSettings();
    }

    DatabaseProvisioner provisioner(db->m_maintenance);
    if (lifetime == Lifetime::Throwaway) {
        if (auto ok = provisioner.dropDatabase(name); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = provisioner.ensureDatabase(name); !ok)
        return std::unexpected(ok.error());
    db->m_operator = db->m_maintenance;
    db->m_operator.database = name;
    db->m_connection = std::make_unique<DatabaseConnection>(db->m_operator);
    if (auto ok = db->m_connection->open(); !ok)
        return std::unexpected(ok.error());
    db->m_sql = std::make_unique<SqlExecutor>(*db->m_connection);
    if (auto ok = MigrationRunner(*db->m_connection).migrate(); !ok)
        return std::unexpected(ok.error());
    return db;
}

VoidResult BenchmarkDatabase::reconnect()
{
    m_sql.reset();
    m_connection = std::make_unique<DatabaseConnection>(m_operator);
    if (auto ok = m_connection->open(); !ok)
        return ok;
    m_sql = std::make_unique<SqlExecutor>(*m_connection);
    return {};
}

BenchmarkDatabase::~BenchmarkDatabase()
{
    m_sql.reset();
    m_connection.reset();
    if (m_lifetime != Lifetime::Throwaway)
        return;
    if (!m_operator.database.isEmpty())
        (void)DatabaseProvisioner(m_maintenance).dropDatabase(m_operator.database);
    if (m_server)
        (void)m_server->remove();
}

ConnectionSettings BenchmarkDatabase::clientSettings() const
{
    ConnectionSettings client = m_operator;
    client.user = u"hexastore_client"_s;
    return client;
}
