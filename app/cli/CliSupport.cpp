#include "CliSupport.h"

#include "db/AuthResult.h"
#include "db/SqlSession.h"

#include "db/LocalServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

QTextStream& CliSupport::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& CliSupport::err()
{
    static QTextStream stream(stderr);
    return stream;
}

int CliSupport::fail(const ServiceError& error)
{
    err() << "error: " << error.message() << Qt::endl;
    if (!error.detail().isEmpty() && error.detail() != error.message())
        err() << "detail: " << error.detail().trimmed() << Qt::endl;
    return 1;
}

int CliSupport::usage(const QString& message)
{
    err() << message << Qt::endl;
    return 2;
}

void CliSupport::addTargetOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {u"url"_s,
         u"Operator connection to the database, e.g. postgresql://admin@db.example/hexastore"_s,
         u"url"_s});
    parser.addOption(
        {u"dir"_s,
         u"Directory of the local server (default: %1)"_s.arg(LocalServer::defaultDirectory()),
         u"dir"_s});
}

Result<ConnectionSettings> CliSupport::target(const QCommandLineParser& parser, bool asClient)
{
    if (parser.isSet(u"url"_s))
        return ConnectionSettings::fromUrl(parser.value(u"url"_s));
    const LocalServer server(parser.isSet(u"dir"_s) ? parser.value(u"dir"_s)
                                                    : LocalServer::defaultDirectory());
    if (!server.isInitialized()) {
        return std::unexpected(ServiceError(
            ServiceError::Code::Unavailable,
            u"No --url given and there is no local server in %1."_s.arg(server.directory())));
    }
    return asClient ? server.clientSettings(u"hexastore"_s)
                    : server.superuserSettings(u"hexastore"_s);
}

QString CliSupport::readLineFromStdin()
{
    QTextStream in(stdin);
    return in.readLine();
}

Result<qint64> CliSupport::signIn(SqlSession& session, const QString& email,
                                  const QString& password, const QString& device, Role role)
{
    auto login = session.transact([&](SqlExecutor& sql) {
        return sql.queryOne(u"SELECT * FROM hexastore.login(?, ?, ?)"_s, {email, password, device});
    });
    if (!login)
        return std::unexpected(login.error());
    auto tokens = AuthResult::toTokens(*login);
    if (!tokens)
        return std::unexpected(tokens.error());
    if (login->value(u"role"_s).toString() != roleToSql(role)) {
        return std::unexpected(
            ServiceError(ServiceError::Code::Forbidden,
                         QCoreApplication::translate("CliSupport", "%1 is not a %2.")
                             .arg(email, roleDisplayName(role))));
    }
    if (auto started = session.startSession(*tokens); !started)
        return std::unexpected(started.error());
    return login->value(u"user_id"_s).toLongLong();
}
