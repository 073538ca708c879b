#pragma once

#include "ConnectionSettings.h"
#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QString>

// A private PgBouncer in transaction mode in one directory, in front of one
// PostgreSQL server (reached on its Unix socket): its own socket in the
// directory and a TCP listener on 127.0.0.1 at a free port.
//
// Authentication, as LocalServer's: trust on the socket (the directory is
// private) and scram-sha-256 on TCP, the secrets looked up on the server
// (auth_query as the postgres superuser, which reaches its socket by trust).
class PgBouncerServer final {
    Q_DECLARE_TR_FUNCTIONS(PgBouncerServer)

public:
    struct Options {
        int poolSize = 20;     // server connections per database and user
        int maxClients = 5000; // client connections in all
    };

    PgBouncerServer(QString directory, Options options);
    explicit PgBouncerServer(QString directory)
        : PgBouncerServer(std::move(directory), Options{})
    {}

    bool isConfigured() const;
    // Writes the configuration for the server at `serverSocketDir`:`serverPort`
    // (keeps the port PgBouncer already listens on, if any).
    VoidResult configure(const QString& serverSocketDir, int serverPort);
    VoidResult start();
    VoidResult stop();
    bool isRunning() const;

    int port() const;
    const QString& directory() const { return m_dir; }
    // The client role through this pooler, on its socket.
    ConnectionSettings clientSettings(const QString& database) const;

private:
    QString configFile() const;
    qint64 pid() const;

    QString m_dir;
    Options m_options;
};
