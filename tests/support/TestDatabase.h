#pragma once

#include "db/ConnectionSettings.h"
#include "db/DatabaseConnection.h"
#include "db/SqlExecutor.h"
#include "domain/Role.h"

#include <memory>

// A fresh, migrated database on the test cluster (HEXASTORE_TEST_SERVER_DIR)
// for one test binary, dropped again at the end. bcrypt runs at cost 4.
class TestDatabase final {
public:
    explicit TestDatabase(const QString& testName);
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    bool isReady() const { return m_ready; }
    const QString& failure() const { return m_failure; }

    ConnectionSettings operatorSettings() const;
    ConnectionSettings clientSettings() const;
    // A superuser connection to this database.
    SqlExecutor& admin() { return *m_adminSql; }

    qint64 createUser(Role role, const QString& email, const QString& password,
                      const QString& fullName = QStringLiteral("Test User"));

private:
    ConnectionSettings m_server;
    QString m_name;
    std::unique_ptr<DatabaseConnection> m_admin;
    std::unique_ptr<SqlExecutor> m_adminSql;
    bool m_ready = false;
    QString m_failure;
};
