#include "DemoSeeder.h"

#include "db/SqlExecutor.h"
#include "services/server/OperatorService.h"

using namespace Qt::StringLiterals;

DemoSeeder::DemoSeeder(SqlExecutor& sql)
    : m_sql(sql)
{}

QList<DemoSeeder::Account> DemoSeeder::accounts()
{
    return {
        {Role::Admin, u"admin@hexastore.test"_s, u"Ada Admin"_s, u"demo-admin-pass"_s},
        {Role::Buyer, u"buyer@hexastore.test"_s, u"Ben Buyer"_s, u"demo-buyer-pass"_s},
        {Role::Seller, u"seller1@hexastore.test"_s, u"Sara Seller"_s, u"demo-seller1-pass"_s},
        {Role::Seller, u"seller2@hexastore.test"_s, u"Sam Stallholder"_s, u"demo-seller2-pass"_s},
        {Role::Courier, u"courier@hexastore.test"_s, u"Carl Courier"_s, u"demo-courier-pass"_s},
    };
}

Result<QList<DemoSeeder::Account>> DemoSeeder::seed()
{
    OperatorService ops(m_sql);
    QList<Account> created;
    if (auto begun = m_sql.begin(); !begun)
        return std::unexpected(begun.error());
    for (const Account& account : accounts()) {
        auto exists = ops.userExists(account.email);
        if (!exists) {
            m_sql.rollback();
            return std::unexpected(exists.error());
        }
        if (*exists)
            continue;
        auto id = ops.createUser(account.email, account.password, account.fullName, account.role);
        if (!id) {
            m_sql.rollback();
            return std::unexpected(id.error());
        }
        created.append(account);
    }
    if (auto committed = m_sql.commit(); !committed)
        return std::unexpected(committed.error());
    return created;
}
