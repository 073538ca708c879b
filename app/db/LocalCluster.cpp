#include "LocalCluster.h"

#include "ServerDirectory.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

LocalServer::Options primaryOptions(bool durable)
{
    // Synchronous: a commit returns once the standby has it, so a promoted
    // standby has every order a client was told about.
    return {durable,
            u"synchronous_standby_names = '%1'\nsynchronous_commit = on\n"
            "wal_keep_size = '256MB'"_s.arg(QLatin1StringView(LocalCluster::kStandbyName))};
}

LocalServer::Options standbyOptions(bool durable)
{
    // Feedback keeps the primary from removing rows a standby query still reads.
    return {durable, u"hot_standby_feedback = on\nsynchronous_commit = on"_s};
}

} // namespace

LocalCluster::LocalCluster(QString directory, Options options)
    : m_dir(QDir(directory).absolutePath())
    , m_primary(m_dir + u"/primary"_s, primaryOptions(options.durable))
    , m_standby(m_dir + u"/standby"_s, standbyOptions(options.durable))
    , m_pooler(m_dir + u"/pooler"_s)
    , m_standbyPooler(m_dir + u"/standby-pooler"_s)
{}

QString LocalCluster::defaultDirectory()
{
    return QFileInfo(LocalServer::defaultDirectory()).path() + u"/local-cluster"_s;
}

bool LocalCluster::isInitialized() const
{
    return m_primary.isInitialized() && m_standby.isInitialized();
}

VoidResult LocalCluster::init()
{
    if (isInitialized())
        return {};
    // Every directory first, so that a path too long for one socket is
    // refused before any server runs.
    for (const QString& dir : {m_dir, m_primary.directory(), m_standby.directory(),
                               m_pooler.directory(), m_standbyPooler.directory()}) {
        if (auto ok = ServerDirectory::prepare(dir); !ok)
            return ok;
    }
    if (auto ok = m_primary.init(); !ok)
        return ok;
    if (auto ok = m_primary.start(); !ok)
        return ok;
    return m_standby.initStandbyOf(m_primary, QString::fromLatin1(kStandbyName));
}

VoidResult LocalCluster::start()
{
    if (!isInitialized()) {
        return std::unexpected(ServerDirectory::error(
            tr("There is no local cluster in %1 yet; initialise it first.").arg(m_dir)));
    }
    // The standby first is not possible (it needs the primary's WAL), but it
    // must follow at once: until it runs, the primary's commits wait.
    for (LocalServer* server : {&m_primary, &m_standby}) {
        if (auto ok = server->start(); !ok)
            return ok;
    }
    // Written each time: a server may have moved to another free port.
    if (auto ok = m_pooler.configure(m_primary.directory(), m_primary.port()); !ok)
        return ok;
    if (auto ok = m_standbyPooler.configure(m_standby.directory(), m_standby.port()); !ok)
        return ok;
    for (PgBouncerServer* pooler : {&m_pooler, &m_standbyPooler}) {
        if (auto ok = pooler->start(); !ok)
            return ok;
    }
    return {};
}

VoidResult LocalCluster::stop()
{
    for (PgBouncerServer* pooler : {&m_pooler, &m_standbyPooler}) {
        if (auto ok = pooler->stop(); !ok)
            return ok;
    }
    // The primary first, while its standby still streams: the standby gets
    // the shutdown checkpoint, and the two start again in step.
    for (LocalServer* server : {&m_primary, &m_standby}) {
        if (auto ok = server->stop(); !ok)
            return ok;
    }
    return {};
}

LocalCluster::Status LocalCluster::status() const
{
    Status s;
    const auto running = [](const LocalServer& server) {
        auto status = server.status();
        return status && status->running;
    };
    s.primaryRunning = running(m_primary);
    s.standbyRunning = running(m_standby);
    s.poolerRunning = m_pooler.isRunning();
    s.standbyPoolerRunning = m_standbyPooler.isRunning();
    return s;
}

VoidResult LocalCluster::remove()
{
    if (!QFileInfo::exists(m_dir))
        return {};
    // A cluster whose standby could not be made still has a primary to remove.
    if (!m_primary.isInitialized() && !m_standby.isInitialized() &&
        !QDir(m_dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        return std::unexpected(ServerDirectory::error(
            tr("%1 does not hold a HexaStore local cluster; not removing it.").arg(m_dir)));
    }
    if (auto ok = stop(); !ok)
        return ok;
    if (!QDir(m_dir).removeRecursively())
        return std::unexpected(ServerDirectory::error(tr("Could not remove %1.").arg(m_dir)));
    return {};
}

ConnectionSettings LocalCluster::clientSettings(const QString& database) const
{
    return m_pooler.clientSettings(database);
}

ConnectionSettings LocalCluster::readSettings(const QString& database) const
{
    return m_standbyPooler.clientSettings(database);
}

ConnectionSettings LocalCluster::failoverSettings(const QString& database) const
{
    ConnectionSettings s = m_primary.clientSettings(database);
    s.host = m_primary.directory() + u',' + m_standby.directory();
    s.ports = {m_primary.port(), m_standby.port()};
    s.port = s.ports.first();
    s.targetSessionAttrs = u"read-write"_s;
    return s;
}
