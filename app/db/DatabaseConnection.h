#pragma once

#include "ConnectionSettings.h"
#include "domain/ServiceError.h"

struct pg_conn;

// Owns one libpq connection. Opening it sets nothing on the server session
// (no SET, no PREPARE), so the connection can be a transaction pooler's:
// everything a client needs travels with each transaction (docs/architecture.md §3).
// Used by one thread at a time.
class DatabaseConnection final {
public:
    explicit DatabaseConnection(ConnectionSettings settings);
    ~DatabaseConnection();
    Q_DISABLE_COPY_MOVE(DatabaseConnection)

    VoidResult open();
    void close();
    // Open and not known to be broken (libpq notices a broken connection at
    // the first statement that fails on it).
    bool isOpen() const;
    pg_conn* handle() const { return m_connection; }
    const ConnectionSettings& settings() const { return m_settings; }
    // Whether the server this connection reached is a standby (read-only).
    bool isStandby() const;

private:
    ConnectionSettings m_settings;
    pg_conn* m_connection = nullptr;
};
