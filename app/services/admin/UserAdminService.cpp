#include "UserAdminService.h"

#include "db/DbWorker.h"
#include "db/SqlValues.h"
#include "services/auth/UserAccountRow.h"

#include <QLocale>
#include <QSqlRecord>
#include <QStringList>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

namespace {

constexpr int kMaxReason = 1000;

// The sort's name in admin_list_users.
QString sortName(UserQuery::Sort sort)
{
    switch (sort) {
    case UserQuery::Sort::Name:
        return u"name"_s;
    case UserQuery::Sort::Email:
        return u"email"_s;
    case UserQuery::Sort::Created:
        return u"created"_s;
    case UserQuery::Sort::LastLogin:
        return u"last_login"_s;
    }
    return u"name"_s;
}

LoginEvent::Outcome outcomeFromSql(const QString& text)
{
    if (text == u"password_change_required"_s)
        return LoginEvent::Outcome::PasswordChangeRequired;
    if (text == u"wrong_password"_s)
        return LoginEvent::Outcome::WrongPassword;
    if (text == u"locked"_s)
        return LoginEvent::Outcome::Locked;
    if (text == u"disabled"_s)
        return LoginEvent::Outcome::Disabled;
    return LoginEvent::Outcome::Ok;
}

} // namespace

UserAdminService::UserAdminService(DbWorker& worker)
    : m_worker(worker)
{}

std::optional<ServiceError> UserAdminService::checkReason(const QString& reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty()) {
        return ServiceError(Code::Validation, tr("Give a reason: it is kept in the audit log."))
            .withField(u"reason"_s);
    }
    if (trimmed.size() > kMaxReason) {
        return ServiceError(Code::Validation,
                            tr("A reason can have at most 1,000 characters; this one has %1.")
                                .arg(QLocale().toString(trimmed.size())))
            .withField(u"reason"_s);
    }
    return std::nullopt;
}

QFuture<Result<QList<UserListRow>>>
UserAdminService::users(const UserQuery& query, std::optional<UserQuery::After> after, int limit)
{
    const QString text = query.text.trimmed();
    const QVariantList params{
        text.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                       : QVariant(SqlValues::likePattern(text.toLower())),
        query.role ? QVariant(roleToSql(*query.role)) : QVariant(QMetaType::fromType<QString>()),
        query.active ? QVariant(*query.active) : QVariant(QMetaType::fromType<bool>()),
        sortName(query.sort),
        query.descending,
        after ? QVariant(after->sortKey) : QVariant(QMetaType::fromType<QString>()),
        after ? QVariant(after->id) : QVariant(QMetaType::fromType<qint64>()),
        std::clamp(limit, 1, 1000)};
    return m_worker.transact([params](SqlExecutor& db) -> Result<QList<UserListRow>> {
        auto rows =
            db.query(u"SELECT * FROM hexastore.admin_list_users(?, ?, ?, ?, ?, ?, ?, ?)"_s, params);
        if (!rows)
            return std::unexpected(rows.error());
        QList<UserListRow> out;
        out.reserve(rows->size());
        for (const QSqlRecord& r : *rows)
            out.append(UserListRow{UserAccountRow::from(r), r.value(u"sort_key"_s).toString()});
        return out;
    });
}

QFuture<Result<UserAccount>> UserAdminService::user(qint64 userId)
{
    return m_worker.transact([userId](SqlExecutor& db) -> Result<UserAccount> {
        auto rows = db.query(u"SELECT "_s + UserAccountRow::columns() +
                                 u" FROM hexastore.users WHERE id = ?"_s,
                             {userId});
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->isEmpty())
            return std::unexpected(ServiceError(Code::NotFound, tr("This user no longer exists.")));
        return UserAccountRow::from(rows->constFirst());
    });
}

QFuture<Result<UserActivity>> UserAdminService::activity(qint64 userId)
{
    return m_worker.transact([userId](SqlExecutor& db) -> Result<UserActivity> {
        auto row = db.queryOne(u"SELECT * FROM hexastore.admin_user_activity(?)"_s, {userId});
        if (!row)
            return std::unexpected(row.error());
        UserActivity a;
        a.ordersPlaced = row->value(u"orders_placed"_s).toLongLong();
        a.ordersReceived = row->value(u"orders_received"_s).toLongLong();
        a.products = row->value(u"products"_s).toLongLong();
        a.deliveriesDone = row->value(u"deliveries_done"_s).toLongLong();
        a.deliveriesInHand = row->value(u"deliveries_in_hand"_s).toLongLong();
        a.liveSessions = row->value(u"live_sessions"_s).toLongLong();
        return a;
    });
}

QFuture<Result<QList<SessionInfo>>> UserAdminService::sessions(qint64 userId)
{
    return m_worker.transact([userId](SqlExecutor& db) -> Result<QList<SessionInfo>> {
        auto rows = db.query(u"SELECT * FROM hexastore.admin_user_sessions(?)"_s, {userId});
        if (!rows)
            return std::unexpected(rows.error());
        QList<SessionInfo> out;
        for (const QSqlRecord& r : *rows) {
            SessionInfo s;
            s.id = r.value(u"session_id"_s).toLongLong();
            s.device = r.value(u"device"_s).toString();
            s.createdAt = r.value(u"created_at"_s).toDateTime();
            s.lastRefreshedAt = r.value(u"refreshed_at"_s).toDateTime();
            s.restricted = r.value(u"restricted"_s).toBool();
            out.append(s);
        }
        return out;
    });
}

QFuture<Result<QList<LoginEvent>>>
UserAdminService::loginHistory(qint64 userId, std::optional<qint64> beforeId, int limit)
{
    QVariantList params{userId};
    QString sql = u"SELECT id, at, outcome, device FROM hexastore.login_events WHERE user_id = ?"_s;
    if (beforeId) {
        sql += u" AND id < ?"_s;
        params << *beforeId;
    }
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    params << std::clamp(limit, 1, 1000);
    return m_worker.transact([sql, params](SqlExecutor& db) -> Result<QList<LoginEvent>> {
        auto rows = db.query(sql, params);
        if (!rows)
            return std::unexpected(rows.error());
        QList<LoginEvent> out;
        for (const QSqlRecord& r : *rows) {
            LoginEvent e;
            e.id = r.value(u"id"_s).toLongLong();
            e.at = r.value(u"at"_s).toDateTime();
            e.outcome = outcomeFromSql(r.value(u"outcome"_s).toString());
            e.device = r.value(u"device"_s).toString();
            out.append(e);
        }
        return out;
    });
}

QFuture<VoidResult> UserAdminService::setActive(qint64 userId, bool active, const QString& reason)
{
    if (auto problem = checkReason(reason))
        return DbWorker::refuse<VoidResult>(*problem);
    const QString status = active ? u"active"_s : u"disabled"_s;
    return m_worker.transact([=](SqlExecutor& db) -> VoidResult {
        auto done = db.execute(u"SELECT hexastore.admin_set_user_status(?, ?, ?)"_s,
                               {userId, status, reason.trimmed()});
        if (!done)
            return std::unexpected(done.error());
        return {};
    });
}

QFuture<VoidResult> UserAdminService::setRole(qint64 userId, Role role, const QString& reason)
{
    if (auto problem = checkReason(reason))
        return DbWorker::refuse<VoidResult>(*problem);
    const QString sqlRole = roleToSql(role);
    return m_worker.transact([=](SqlExecutor& db) -> VoidResult {
        auto done = db.execute(u"SELECT hexastore.admin_set_user_role(?, ?, ?)"_s,
                               {userId, sqlRole, reason.trimmed()});
        if (!done)
            return std::unexpected(done.error());
        return {};
    });
}

QFuture<Result<int>> UserAdminService::revokeSessions(qint64 userId, const QString& reason)
{
    if (auto problem = checkReason(reason))
        return DbWorker::refuse<Result<int>>(*problem);
    return m_worker.transact([=](SqlExecutor& db) -> Result<int> {
        auto row = db.queryOne(u"SELECT hexastore.admin_revoke_sessions(?, ?)"_s,
                               {userId, reason.trimmed()});
        if (!row)
            return std::unexpected(row.error());
        return row->value(0).toInt();
    });
}

QFuture<Result<QString>> UserAdminService::resetPassword(qint64 userId, const QString& reason)
{
    if (auto problem = checkReason(reason))
        return DbWorker::refuse<Result<QString>>(*problem);
    return m_worker.transact([=](SqlExecutor& db) -> Result<QString> {
        auto row = db.queryOne(u"SELECT hexastore.admin_reset_password(?, ?)"_s,
                               {userId, reason.trimmed()});
        if (!row)
            return std::unexpected(row.error());
        return row->value(0).toString();
    });
}

QFuture<Result<NewUserAccount>> UserAdminService::createUser(const QString& email,
                                                             const QString& fullName, Role role,
                                                             const QString& reason)
{
    if (auto problem = checkReason(reason))
        return DbWorker::refuse<Result<NewUserAccount>>(*problem);
    const QString sqlRole = roleToSql(role);
    return m_worker.transact([=](SqlExecutor& db) -> Result<NewUserAccount> {
        auto row = db.queryOne(u"SELECT * FROM hexastore.admin_create_user(?, ?, ?, ?)"_s,
                               {email, fullName, sqlRole, reason.trimmed()});
        if (!row)
            return std::unexpected(row.error());
        return NewUserAccount{row->value(u"user_id"_s).toLongLong(),
                              row->value(u"one_time_password"_s).toString()};
    });
}
