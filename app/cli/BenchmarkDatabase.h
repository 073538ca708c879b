#pragma once

#include "db/ConnectionSettings.h"
#include "db/DatabaseConnection.h"
#include "db/LocalServer.h"
#include "db/SqlExecutor.h"
#include "domain/ServiceError.h"

#include <memory>
#include <optional>

class QCommandLineParser;

// The database a benchmark works in, migrated: on the server of an operator
// URL (its maintenance database), or else on a private server in a directory.
// A throwaway one starts empty and is dropped again at the end, with its
// private server; a kept one is reused by the next run.
class BenchmarkDatabase final {
public:
    enum class Lifetime { Throwaway, Kept };

    // Adds --dir (the private server's directory) and --url, for open().
    static void addOptions(QCommandLineParser& parser);

    static Result<std::unique_ptr<BenchmarkDatabase>> open(const QString& url, const QString& dir,
                                                           const QString& name, Lifetime lifetime);
    ~BenchmarkDatabase();
    Q_DISABLE_COPY_MOVE(BenchmarkDatabase)

    const ConnectionSettings& operatorSettings() const { return m_operator; }
    ConnectionSettings clientSettings() const;
    // The private server, when the benchmark runs on one (else null).
    LocalServer* server() { return m_server ? &*m_server : nullptr; }
    // After the server restarted: the operator's connection opened again.
    VoidResult reconnect();
    // The operator's connection to the database.
    SqlExecutor& sql() { return *m_sql; }

private:
    BenchmarkDatabase() = default;

    Lifetime m_lifetime = Lifetime::Kept;
    std::optional<LocalServer> m_server;
    ConnectionSettings m_maintenance;
    ConnectionSettings m_operator;
    std::unique_ptr<DatabaseConnection> m_connection;
    std::unique_ptr<SqlExecutor> m_sql;
};
