#pragma once

#include <QCoreApplication>

#include "ConnectionSettings.h"
#include "domain/ServiceError.h"

#include <QString>
#include <QStringList>

// A private PostgreSQL cluster in one directory: data in DIR/data, the Unix
// socket in DIR itself, a TCP listener on 127.0.0.1 at a free port. As root the
// server runs as the `postgres` system user (initdb refuses root).
//
// Authentication: trust on the socket (the directory is private to its owner,
// so only that user reaches it) and scram-sha-256 on TCP.
class LocalServer final {
    Q_DECLARE_TR_FUNCTIONS(LocalServer)

public:
    struct Options {
        bool durable = true; // false: fsync off, for throwaway test clusters
        // More postgresql.conf lines (replication settings of a LocalCluster).
        QString extraConfig;
    };
    struct Status {
        bool initialized = false;
        bool running = false;
        int port = 0;
        QString directory;
    };

    explicit LocalServer(QString directory, Options options);
    explicit LocalServer(QString directory)
        : LocalServer(std::move(directory), Options{})
    {}

    static QString defaultDirectory();

    bool isInitialized() const;
    VoidResult init();
    // Initialises this server as a streaming standby of the running
    // `primary` (pg_basebackup -R); it connects as `applicationName`, the
    // name the primary's synchronous_standby_names uses.
    VoidResult initStandbyOf(const LocalServer& primary, const QString& applicationName);
    // Ends recovery: the standby becomes a primary.
    VoidResult promote();
    VoidResult start();
    VoidResult stop();
    // Like a power cut for the server: no shutdown checkpoint, crash recovery
    // at the next start (fault tests).
    VoidResult stopImmediately();
    Result<Status> status() const;
    // Stops the server and deletes the directory (test clusters).
    VoidResult remove();

    int port() const;
    const QString& directory() const { return m_dir; }
    ConnectionSettings
    superuserSettings(const QString& database = QStringLiteral("postgres")) const;
    ConnectionSettings clientSettings(const QString& database) const;

private:
    QString dataDir() const;
    QString configFile() const;
    VoidResult writeConfig(int port) const;
    Result<QString> run(const QString& tool, const QStringList& args, int timeoutMs) const;
    VoidResult prepareDirectory() const;

    QString m_dir;
    Options m_options;
};
