#pragma once

#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the private servers (LocalServer, PgBouncerServer) share: a directory
// only their owner enters, free loopback ports, and their programs run as the
// `postgres` system user when we are root (PostgreSQL refuses to run as root).
class ServerDirectory final {
    Q_DECLARE_TR_FUNCTIONS(ServerDirectory)

public:
    struct Outcome {
        int exitCode = -1;
        QString output;
    };

    static bool isRoot();
    // Creates `dir` (mode 0700) for the server's user; refuses paths too long
    // for a Unix socket and, as root, directories `postgres` cannot reach.
    static VoidResult prepare(const QString& dir);
    // As root: gives a file we wrote to the postgres user.
    static void handToServerUser(const QString& path);
    static int freePort();
    static bool portIsFree(int port);
    // Runs a program (as postgres when root) and waits for it.
    static Result<Outcome> run(const QString& program, const QStringList& args, int timeoutMs,
                               bool asServerUser = true);
    static ServiceError error(const QString& message, const QString& detail = {});
};
