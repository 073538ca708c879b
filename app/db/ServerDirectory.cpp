#include "ServerDirectory.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// sockaddr_un allows 107 bytes; the socket file name adds up to 15.
constexpr qsizetype kMaxSocketDirBytes = 90;
} // namespace

bool ServerDirectory::isRoot()
{
    return ::geteuid() == 0;
}

ServiceError ServerDirectory::error(const QString& message, const QString& detail)
{
    return ServiceError(ServiceError::Code::Unavailable, message, detail);
}

VoidResult ServerDirectory::prepare(const QString& dir)
{
    if (QFile::encodeName(dir).size() > kMaxSocketDirBytes) {
        return std::unexpected(
            error(tr("The directory %1 is too long for a PostgreSQL socket; choose a shorter path.")
                      .arg(dir)));
    }
    if (!QDir().mkpath(dir))
        return std::unexpected(error(tr("Could not create the directory %1.").arg(dir)));
    const QByteArray path = QFile::encodeName(dir);
    if (isRoot()) {
        const passwd* pw = ::getpwnam("postgres");
        if (!pw) {
            return std::unexpected(
                error(tr("There is no \"postgres\" system user to run the server as; install the "
                         "\"postgresql\" package.")));
        }
        if (::chown(path.constData(), pw->pw_uid, pw->pw_gid) != 0)
            return std::unexpected(error(tr("Could not hand %1 to the postgres user.").arg(dir)));
        QProcess probe;
        probe.start(u"runuser"_s, {u"-u"_s, u"postgres"_s, u"--"_s, u"test"_s, u"-w"_s, dir,
                                   u"-a"_s, u"-x"_s, dir});
        if (!probe.waitForFinished(10000) || probe.exitCode() != 0) {
            return std::unexpected(error(
                tr("The postgres system user cannot reach %1. Choose a directory whose parent "
                   "directories it can enter, for example under /var/lib or /tmp.")
                    .arg(dir)));
        }
    }
    ::chmod(path.constData(), 0700);
    return {};
}

void ServerDirectory::handToServerUser(const QString& path)
{
    if (!isRoot())
        return;
    if (const passwd* pw = ::getpwnam("postgres"))
        (void)::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid);
}

int ServerDirectory::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool ServerDirectory::portIsFree(int port)
{
    QTcpServer probe;
    return port > 0 && probe.listen(QHostAddress::LocalHost, quint16(port));
}

Result<ServerDirectory::Outcome> ServerDirectory::run(const QString& program,
                                                      const QStringList& args, int timeoutMs,
                                                      bool asServerUser)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (asServerUser && isRoot()) {
        process.setProgram(u"runuser"_s);
        process.setArguments(QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
    } else {
        process.setProgram(program);
        process.setArguments(args);
    }
    process.start();
    if (!process.waitForStarted(10000))
        return std::unexpected(error(tr("Could not run %1.").arg(program), process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return std::unexpected(error(tr("%1 did not finish in time.").arg(program)));
    }
    return Outcome{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   QString::fromLocal8Bit(process.readAll())};
}
