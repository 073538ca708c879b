#include "LocalServer.h"

#include "PgInstallation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// sockaddr_un allows 107 bytes; the socket file name adds up to 15.
constexpr qsizetype kMaxSocketDirBytes = 90;

bool isRoot()
{
    return ::geteuid() == 0;
}

ServiceError serverError(const QString& message, const QString& detail = {})
{
    return ServiceError(ServiceError::Code::Unavailable, message, detail);
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool portIsFree(int port)
{
    QTcpServer probe;
    return port > 0 && probe.listen(QHostAddress::LocalHost, quint16(port));
}

QString quoted(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

struct Outcome {
    int exitCode = -1;
    QString output;
};

Result<Outcome> runProgram(const QString& program, const QStringList& args, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (isRoot()) {
        process.setProgram(u"runuser"_s);
        process.setArguments(QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
    } else {
        process.setProgram(program);
        process.setArguments(args);
    }
    process.start();
    if (!process.waitForStarted(10000))
        return std::unexpected(
            serverError(LocalServer::tr("Could not run %1.").arg(program), process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return std::unexpected(
            serverError(LocalServer::tr("%1 did not finish in time.").arg(program)));
    }
    return Outcome{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   QString::fromLocal8Bit(process.readAll())};
}

} // namespace

LocalServer::LocalServer(QString directory, Options options)
    : m_dir(QDir(directory).absolutePath())
    , m_options(options)
{}

QString LocalServer::defaultDirectory()
{
    // The postgres system user cannot enter /root, so root keeps it under /var/lib.
    if (isRoot())
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
    if (QFile::encodeName(m_dir).size() > kMaxSocketDirBytes) {
        return std::unexpected(serverError(
            tr("The directory %1 is too long for a PostgreSQL socket; choose a shorter path.")
                .arg(m_dir)));
    }
    if (!QDir().mkpath(m_dir))
        return std::unexpected(serverError(tr("Could not create the directory %1.").arg(m_dir)));
    const QByteArray path = QFile::encodeName(m_dir);
    if (isRoot()) {
        const passwd* pw = ::getpwnam("postgres");
        if (!pw) {
            return std::unexpected(serverError(
                tr("There is no \"postgres\" system user to run the server as; install the "
                   "\"postgresql\" package.")));
        }
        if (::chown(path.constData(), pw->pw_uid, pw->pw_gid) != 0)
            return std::unexpected(
                serverError(tr("Could not hand %1 to the postgres user.").arg(m_dir)));
        QProcess probe;
        probe.start(u"runuser"_s, {u"-u"_s, u"postgres"_s, u"--"_s, u"test"_s, u"-w"_s, m_dir,
                                   u"-a"_s, u"-x"_s, m_dir});
        if (!probe.waitForFinished(10000) || probe.exitCode() != 0) {
            return std::unexpected(serverError(
                tr("The postgres system user cannot reach %1. Choose a directory whose parent "
                   "directories it can enter, for example under /var/lib or /tmp.")
                    .arg(m_dir)));
        }
    }
    ::chmod(path.constData(), 0700);
    return {};
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
    file.write(text.toUtf8());
    file.close();
    if (isRoot()) {
        if (const passwd* pw = ::getpwnam("postgres"))
            (void)::chown(QFile::encodeName(configFile()).constData(), pw->pw_uid, pw->pw_gid);
    }
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
    auto outcome = runProgram(*program, args, timeoutMs);
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
    return writeConfig(freePort());
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
    auto outcome = runProgram(*program, {u"-D"_s, dataDir(), u"status"_s}, 30000);
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
        if (!portIsFree(port())) {
            if (auto ok = writeConfig(freePort()); !ok)
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
