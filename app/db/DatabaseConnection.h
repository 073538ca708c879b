#pragma once

#include "ConnectionSettings.h"
#include "domain/ServiceError.h"

#include <QSqlDatabase>

// Owns one named QSqlDatabase connection for the thread that creates it and
// removes it again on destruction (Qt Sql connections are per thread).
class DatabaseConnection final {
public:
    explicit DatabaseConnection(ConnectionSettings settings);
    ~DatabaseConnection();
    Q_DISABLE_COPY_MOVE(DatabaseConnection)

    VoidResult open();
    void close();
    bool isOpen() const;
    QSqlDatabase database() const;
    const ConnectionSettings& settings() const { return m_settings; }

private:
    ConnectionSettings m_settings;
    QString m_name;
};
