#pragma once

#include "LocalServer.h"
#include "PgBouncerServer.h"

#include <QCoreApplication>

// A primary, a streaming standby and a PgBouncer in front of each, in one
// directory (DIR/primary, DIR/standby, DIR/pooler, DIR/standby-pooler): what
// a company runs, on one machine, for tests, demos and benchmarks. The
// standby is synchronous, so a commit the primary reports is on both.
class LocalCluster final {
    Q_DECLARE_TR_FUNCTIONS(LocalCluster)

public:
    struct Options {
        bool durable = true; // false: fsync off (the commits still wait for the standby)
    };
    struct Status {
        bool primaryRunning = false;
        bool standbyRunning = false;
        bool poolerRunning = false;
        bool standbyPoolerRunning = false;
    };
    static constexpr auto kStandbyName = "hexastore_standby";

    LocalCluster(QString directory, Options options);

    static QString defaultDirectory();
    bool isInitialized() const;
    // Initialises and starts the primary, then copies it into the standby.
    VoidResult init();
    VoidResult start();
    VoidResult stop();
    Status status() const;
    VoidResult remove();

    LocalServer& primary() { return m_primary; }
    LocalServer& standby() { return m_standby; }
    PgBouncerServer& pooler() { return m_pooler; }
    PgBouncerServer& standbyPooler() { return m_standbyPooler; }
    const QString& directory() const { return m_dir; }

    // The client role: through the primary's pooler; reads through the
    // standby's; and a multi-host URL of both servers that finds the primary
    // wherever it is after a failover.
    ConnectionSettings clientSettings(const QString& database) const;
    ConnectionSettings readSettings(const QString& database) const;
    ConnectionSettings failoverSettings(const QString& database) const;

private:
    QString m_dir;
    LocalServer m_primary;
    LocalServer m_standby;
    PgBouncerServer m_pooler;
    PgBouncerServer m_standbyPooler;
};
