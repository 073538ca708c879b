#include "PgBouncerServer.h"

#include "ServerDirectory.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

// File descriptors PgBouncer needs: one per client and server connection,
// and a few of its own.
void raiseOpenFileLimit(rlim_t wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= wanted)
        return;
    limit.rlim_cur = wanted;
    if (limit.rlim_max < wanted) // only root may raise the hard limit
        limit.rlim_max = wanted;
    if (::setrlimit(RLIMIT_NOFILE, &limit) != 0) {
        ::getrlimit(RLIMIT_NOFILE, &limit);
        limit.rlim_cur = limit.rlim_max;
        (void)::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

PgBouncerServer::PgBouncerServer(QString directory, Options options)
    : m_dir(QDir(directory).absolutePath())
    , m_options(options)
{}

QString PgBouncerServer::configFile() const
{
    return m_dir + u"/pgbouncer.ini"_s;
}

bool PgBouncerServer::isConfigured() const
{
    return QFileInfo::exists(configFile());
}

int PgBouncerServer::port() const
{
    QFile file(configFile());
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression pattern(u"^listen_port = (\\d+)$"_s,
                                            QRegularExpression::MultilineOption);
    return pattern.match(QString::fromUtf8(file.readAll())).captured(1).toInt();
}

VoidResult PgBouncerServer::configure(const QString& serverSocketDir, int serverPort)
{
    if (auto ok = ServerDirectory::prepare(m_dir); !ok)
        return ok;
    int listenPort = port();
    if (!isRunning() && !ServerDirectory::portIsFree(listenPort))
        listenPort = ServerDirectory::freePort();
    const auto write = [](const QString& path, const QString& text) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(text.toUtf8());
        file.close();
        ServerDirectory::handToServerUser(path);
        return true;
    };
    QString ini = u"; Written by HexaStore (hexastore-admin cluster).\n[databases]\n"_s;
    ini += u"* = host=%1 port=%2\n\n[pgbouncer]\n"_s.arg(serverSocketDir).arg(serverPort);
    ini += u"listen_addr = 127.0.0.1\nlisten_port = %1\n"_s.arg(listenPort);
    ini += u"unix_socket_dir = %1\nunix_socket_mode = 0700\n"_s.arg(m_dir);
    ini += u"auth_type = hba\nauth_hba_file = %1/hba.conf\nauth_file = %1/users.txt\n"_s.arg(m_dir);
    ini += u"auth_user = postgres\n"_s
           u"auth_query = SELECT usename, passwd FROM pg_shadow WHERE usename = $1\n"_s;
    ini += u"pool_mode = transaction\ndefault_pool_size = %1\nmax_client_conn = %2\n"_s
               .arg(m_options.poolSize)
               .arg(m_options.maxClients);
    ini += u"logfile = %1/pgbouncer.log\npidfile = %1/pgbouncer.pid\n"_s.arg(m_dir);
    if (ServerDirectory::isRoot())
        ini += u"user = postgres\n"_s; // started as root to keep the raised file limit
    if (!write(configFile(), ini) ||
        !write(m_dir + u"/hba.conf"_s,
               // The superuser only on the private socket: over TCP its empty
               // password (PgBouncer's own auth_user entry) would let anyone in.
               u"local all all trust\nhost all postgres 0.0.0.0/0 reject\n"
               "host all postgres ::/0 reject\nhost all all 127.0.0.1/32 scram-sha-256\n"_s) ||
        !write(m_dir + u"/users.txt"_s, u"\"postgres\" \"\"\n"_s)) {
        return std::unexpected(
            ServerDirectory::error(tr("Could not write the configuration in %1.").arg(m_dir)));
    }
    return {};
}

qint64 PgBouncerServer::pid() const
{
    QFile file(m_dir + u"/pgbouncer.pid"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const qint64 process = file.readAll().trimmed().toLongLong();
    // A stale or planted pid file must not make us signal another program.
    QFile comm(u"/proc/%1/comm"_s.arg(process));
    if (process <= 0 || !comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != "pgbouncer")
        return 0;
    return process;
}

bool PgBouncerServer::isRunning() const
{
    const qint64 process = pid();
    return process > 0 && ::kill(pid_t(process), 0) == 0;
}

VoidResult PgBouncerServer::start()
{
    if (!isConfigured())
        return std::unexpected(
            ServerDirectory::error(tr("There is no PgBouncer configured in %1 yet.").arg(m_dir)));
    if (isRunning())
        return {};
    // Debian installs it in /usr/sbin, outside a normal user's PATH.
    QString program = QStandardPaths::findExecutable(u"pgbouncer"_s);
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(u"pgbouncer"_s, {u"/usr/sbin"_s, u"/sbin"_s});
    if (program.isEmpty())
        return std::unexpected(ServerDirectory::error(
            tr("PgBouncer is not installed (package pgbouncer); packaging/setup.sh installs it.")));
    raiseOpenFileLimit(rlim_t(m_options.maxClients + 2 * m_options.poolSize + 100));
    // As root it starts as root and switches to postgres itself (`user =`):
    // runuser would reset the file limit.
    auto outcome = ServerDirectory::run(program, {u"-d"_s, u"-q"_s, configFile()}, 30000, false);
    if (!outcome)
        return std::unexpected(outcome.error());
    if (outcome->exitCode != 0) {
        return std::unexpected(ServerDirectory::error(
            tr("PgBouncer did not start: %1").arg(outcome->output.trimmed()), outcome->output));
    }
    // -d returns once it has forked; it is ready when its socket answers.
    const QString socket = m_dir + u"/.s.PGSQL."_s + QString::number(port());
    for (QDeadlineTimer deadline(30000); !deadline.hasExpired(); QThread::msleep(20)) {
        QLocalSocket probe;
        probe.connectToServer(socket);
        if (probe.waitForConnected(1000))
            return {};
    }
    QFile log(m_dir + u"/pgbouncer.log"_s);
    const QString tail = log.open(QIODevice::ReadOnly)
                             ? QString::fromLocal8Bit(log.readAll().right(1000))
                             : QString();
    return std::unexpected(
        ServerDirectory::error(tr("PgBouncer did not start: %1").arg(tail.trimmed()), tail));
}

VoidResult PgBouncerServer::stop()
{
    const qint64 process = pid();
    if (process <= 0 || ::kill(pid_t(process), 0) != 0)
        return {};
    ::kill(pid_t(process), SIGTERM); // immediate shutdown: clients are cut off
    for (QDeadlineTimer deadline(30000); !deadline.hasExpired(); QThread::msleep(20)) {
        if (::kill(pid_t(process), 0) != 0)
            return {};
    }
    return std::unexpected(
        ServerDirectory::error(tr("PgBouncer (process %1) did not stop.").arg(process)));
}

ConnectionSettings PgBouncerServer::clientSettings(const QString& database) const
{
    ConnectionSettings s;
    s.host = m_dir;
    s.port = port();
    s.user = u"hexastore_client"_s;
    s.database = database;
    return s;
}
