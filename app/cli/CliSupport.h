#pragma once

#include "db/ConnectionSettings.h"
#include "domain/Role.h"
#include "domain/ServiceError.h"

#include <QTextStream>

class QCommandLineParser;
class SqlSession;

// Shared plumbing of the hexastore-admin commands.
class CliSupport final {
public:
    static QTextStream& out();
    static QTextStream& err();

    // Prints the error for an operator (message and technical detail); returns 1.
    static int fail(const ServiceError& error);
    static int usage(const QString& message);

    // Adds --url and --dir; the database to work on is --url, or the local
    // server in --dir (default: the user's local server), database "hexastore",
    // as its superuser or (asClient) as the client role.
    static void addTargetOptions(QCommandLineParser& parser);
    static Result<ConnectionSettings> target(const QCommandLineParser& parser,
                                             bool asClient = false);

    static QString readLineFromStdin();

    // Logs in on the session (as the desktop client would) and starts it;
    // refuses an account of another role. Returns the user's id.
    static Result<qint64> signIn(SqlSession& session, const QString& email, const QString& password,
                                 const QString& device, Role role);
};
