#include "DemoActor.h"

#include "db/SqlExecutor.h"
#include "DemoSeeder.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

VoidResult DemoActor::signInAs(SqlExecutor& sql, const QString& email)
{
    QString password;
    for (const DemoSeeder::Account& account : DemoSeeder::accounts()) {
        if (account.email == email)
            password = account.password;
    }
    auto row = sql.queryOne(
        u"SELECT set_config('hexastore.access_token', coalesce(access_token, ''), true) "
        "FROM hexastore.login(?, ?, 'demo data')"_s,
        {email, password});
    if (!row)
        return std::unexpected(row.error());
    if (row->value(0).toString().isEmpty())
        return std::unexpected(ServiceError(
            ServiceError::Code::Internal, u"The demo account %1 could not sign in."_s.arg(email)));
    return {};
}
