#pragma once

#include "db/ConnectionSettings.h"
#include "db/DatabaseConnection.h"
#include "db/SqlExecutor.h"
#include "domain/Role.h"

#include <memory>

// A fresh, migrated database on the test cluster (HEXASTORE_TEST_SERVER_DIR)
// for one test binary, dropped again at the end. bcrypt runs at cost 4.
// `schemaVersion` stops the migrations there (tests of an upgrade); 0: all.
class TestDatabase final {
public:
    explicit TestDatabase(const QString& testName, int schemaVersion = 0);
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    bool isReady() const { return m_ready; }
    const QString& failure() const { return m_failure; }

    ConnectionSettings operatorSettings() const;
    ConnectionSettings clientSettings() const;
    // The cluster's Unix socket (for a TcpProxy in front of it).
    QString socketPath() const;
    // A superuser connection to this database.
    SqlExecutor& admin() { return *m_adminSql; }
    DatabaseConnection& adminConnection() { return *m_admin; }

    qint64 createUser(Role role, const QString& email, const QString& password,
                      const QString& fullName = QStringLiteral("Test User"));

    // A live product of the seller with one variant (written as superuser).
    struct Listing {
        qint64 productId = -1;
        qint64 variantId = -1;
    };
    Listing createListing(qint64 sellerId, const QString& name, const QString& price, int stock);
    // A delivery address of the buyer, made their default when it is the first.
    qint64 createAddress(qint64 buyerId, const QString& city = QStringLiteral("Berlin"));
    // A confirmed cash-on-delivery order of one unit of the listing, its
    // delivery dispatched to the courier; returns the delivery's id (0 on
    // failure). Written as the owner, through the same triggers as the app.
    qint64 createDispatchedDelivery(qint64 buyerId, qint64 addressId, qint64 sellerId,
                                    const Listing& listing, qint64 courierId);

private:
    ConnectionSettings m_server;
    qint64 m_categoryId = 0;
    int m_skus = 0;
    QString m_name;
    std::unique_ptr<DatabaseConnection> m_admin;
    std::unique_ptr<SqlExecutor> m_adminSql;
    bool m_ready = false;
    QString m_failure;
};
