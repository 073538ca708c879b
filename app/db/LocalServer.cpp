#include "LocalServer.h"

#include "PgInstallation.h"
#include "ServerDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

ServiceError serverError(const QString& message, const QString& detail = {})
{
    return ServerDirectory::error(message, detail);
}

} // namespace

LocalServer::LocalServer(QString directory, Options options)
    : m_dir(QDir(directory).absolutePath())
    , m_options(options)
{}

QString LocalServer::defaultDirectory()
{
    // The postgres system user cannot enter /root, so root keeps it under /var/lib.
    if (ServerDirectory::isRoot())
        return u"/var/lib/hexastore/local-server"_s;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           u"/local-server"_s;
}

QString LocalServer::dataDir() const
{
    return m_dir + u"/data"_s;
}

QString LocalServer::configFile() const
{
    return dataDir() + u"/hexastore.conf"_s;
}

bool LocalServer::isInitialized() const
{
    return QFileInfo::exists(dataDir() + u"/PG_VERSION"_s);
}

VoidResult LocalServer::prepareDirectory() const
{
    return ServerDirectory::prepare(m_dir);
}

VoidResult LocalServer::writeConfig(int port) const
{
    QFile file(configFile());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return std::unexpected(serverError(tr("Could not write %1.").arg(configFile())));
    QString text = u"# Written by HexaStore; changed when the port is taken.\n"_s;
    text += u"port = %1\n"_s.arg(port);
    text += u"listen_addresses = '127.0.0.1'\n"_s;
    text += u"unix_socket_directories = %1\n"_s.arg(quoted(m_dir));
    text += u"unix_socket_permissions = 0700\n"_s;
    if (!m_options.durable)
        text += u"fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"_s;
    if (!m_options.extraConfig.isEmpty())
        text += m_options.extraConfig + u'\n';
    file.write(text.toUtf8());
    file.close();
    ServerDirectory::handToServerUser(configFile());
    return {};
}

int LocalServer::port() const
{
    QFile file(configFile());
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression pattern(u"^port = (\\d+)$"_s,
                                            QRegularExpression::MultilineOption);
    return pattern.match(QString::fromUtf8(file.readAll())).captured(1).toInt();
}

Result<QString> LocalServer::run(const QString& tool, const QStringList& args, int timeoutMs) const
{
    auto program = PgInstallation::program(tool);
    if (!program)
        return std::unexpected(program.error());
    auto outcome = ServerDirectory::run(*program, args, timeoutMs);
    if (!outcome)
        return std::unexpected(outcome.error());
    if (outcome->exitCode != 0) {
        return std::unexpected(
            serverError(tr("%1 failed: %2").arg(tool, outcome->output.trimmed()), outcome->output));
    }
    return outcome->output;
}

VoidResult LocalServer::init()
{
    if (isInitialized())
        return {};
    if (auto ok = prepareDirectory(); !ok)
        return ok;
    QStringList args{u"-D"_s,
                     dataDir(),
                     u"-U"_s,
                     u"postgres"_s,
                     u"--auth-local=trust"_s,
                     u"--auth-host=scram-sha-256"_s,
                     u"-E"_s,
                     u"UTF8"_s,
                     u"--locale=C.UTF-8"_s};
    if (!m_options.durable)
        args << u"--no-sync"_s;
    if (auto ok = run(u"initdb"_s, args, 180000); !ok)
        return std::unexpected(ok.error());

    QFile conf(dataDir() + u"/postgresql.conf"_s);
    if (!conf.open(QIODevice::Append))
        return std::unexpected(serverError(tr("Could not write %1.").arg(conf.fileName())));
    conf.write("\ninclude_if_exists = 'hexastore.conf'\n");
    conf.close();
    return writeConfig(ServerDirectory::freePort());
}

VoidResult LocalServer::initStandbyOf(const LocalServer& primary, const QString& applicationName)
{
    if (isInitialized())
        return {};
    if (auto ok = prepareDirectory(); !ok)
        return ok;
    // -R writes primary_conninfo (with this application name) and standby.signal.
    const QString source = u"host=%1 port=%2 user=postgres application_name=%3"_s.arg(
        quoted(primary.directory()), QString::number(primary.port()), applicationName);
    QStringList args{u"-D"_s, dataDir(),   u"-d"_s, source,   u"-R"_s,
                     u"-X"_s, u"stream"_s, u"-c"_s, u"fast"_s};
    if (!m_options.durable)
        args << u"--no-sync"_s;
    if (auto ok = run(u"pg_basebackup"_s, args, 600000); !ok)
        return std::unexpected(ok.error());
    // The copy brought the primary's port and socket directory along.
    return writeConfig(ServerDirectory::freePort());
}

VoidResult LocalServer::promote()
{
    if (auto ok =
            run(u"pg_ctl"_s, {u"-D"_s, dataDir(), u"-w"_s, u"-t"_s, u"60"_s, u"promote"_s}, 90000);
        !ok)
        return std::unexpected(ok.error());
    return {};
}

Result<LocalServer::Status> LocalServer::status() const
{
    Status s;
    s.directory = m_dir;
    s.initialized = isInitialized();
    s.port = port();
    if (!s.initialized)
        return s;
    auto program = PgInstallation::program(u"pg_ctl"_s);
    if (!program)
        return std::unexpected(program.error());
    auto outcome = ServerDirectory::run(*program, {u"-D"_s, dataDir(), u"status"_s}, 30000);
    if (!outcome)
        return std::unexpected(outcome.error());
    s.running = outcome->exitCode == 0;
    return s;
}

VoidResult LocalServer::start()
{
    if (!isInitialized()) {
        return std::unexpected(
            serverError(tr("There is no local server in %1 yet; initialise it first.").arg(m_dir)));
    }
    auto current = status();
    if (!current)
        return std::unexpected(current.error());
    if (current->running)
        return {};

    ServiceError lastError;
    // The free port we pick can be taken before the server binds it; try again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!ServerDirectory::portIsFree(port())) {
            if (auto ok = writeConfig(ServerDirectory::freePort()); !ok)
                return ok;
        }
        auto started = run(u"pg_ctl"_s,
                           {u"-D"_s, dataDir(), u"-l"_s, m_dir + u"/server.log"_s, u"-w"_s, u"-t"_s,
                            u"60"_s, u"start"_s},
                           90000);
        if (started)
            return {};
        lastError = started.error();
        QFile log(m_dir + u"/server.log"_s);
        if (log.open(QIODevice::ReadOnly)) {
            const QString tail = QString::fromLocal8Bit(log.readAll().right(2000));
            lastError = serverError(tr("The local database server did not start: %1")
                                        .arg(tail.trimmed().section(u'\n', -3)),
                                    tail);
        }
    }
    return std::unexpected(lastError);
}

VoidResult LocalServer::stop()
{
    auto current = status();
    if (!current)
        return std::unexpected(current.error());
    if (!current->running)
        return {};
    auto stopped =
        run(u"pg_ctl"_s,
            {u"-D"_s, dataDir(), u"-m"_s, u"fast"_s, u"-w"_s, u"-t"_s, u"60"_s, u"stop"_s}, 90000);
    if (!stopped)
        return std::unexpected(stopped.error());
    return {};
}

VoidResult LocalServer::stopImmediately()
{
    auto stopped =
        run(u"pg_ctl"_s, {u"-D"_s, dataDir(), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s}, 90000);
    if (!stopped)
        return std::unexpected(stopped.error());
    return {};
}

VoidResult LocalServer::remove()
{
    if (!QFileInfo::exists(m_dir))
        return {};
    // Refuse to delete a directory that is not a local server.
    if (!isInitialized() &&
        !QDir(m_dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        return std::unexpected(serverError(
            tr("%1 does not hold a HexaStore local server; not removing it.").arg(m_dir)));
    }
    if (auto ok = stop(); !ok)
        return ok;
    if (!QDir(m_dir).removeRecursively())
        return std::unexpected(serverError(tr("Could not remove %1.").arg(m_dir)));
    return {};
}

ConnectionSettings LocalServer::superuserSettings(const QString& database) const
{
    ConnectionSettings s;
    s.host = m_dir;
    s.port = port();
    s.user = u"postgres"_s;
    s.database = database;
    s.applicationName = u"hexastore-admin"_s;
    return s;
}

ConnectionSettings LocalServer::clientSettings(const QString& database) const
{
    ConnectionSettings s = superuserSettings(database);
    s.user = u"hexastore_client"_s;
    s.applicationName = u"hexastore"_s;
    return s;
}
