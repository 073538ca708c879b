#include "UserAccountRow.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

QString UserAccountRow::columns()
{
    return u"id, email, full_name, role::text AS role, status::text AS status, created_at, "
           "last_login_at, must_change_password"_s;
}

UserAccount UserAccountRow::from(const QSqlRecord& row)
{
    UserAccount a;
    a.id = row.value(u"id"_s).toLongLong();
    a.email = row.value(u"email"_s).toString();
    a.fullName = row.value(u"full_name"_s).toString();
    a.role = roleFromSql(row.value(u"role"_s).toString()).value_or(Role::Buyer);
    a.active = row.value(u"status"_s).toString() == u"active"_s;
    a.createdAt = row.value(u"created_at"_s).toDateTime();
    a.lastLoginAt = row.value(u"last_login_at"_s).toDateTime();
    a.mustChangePassword = row.value(u"must_change_password"_s).toBool();
    return a;
}
