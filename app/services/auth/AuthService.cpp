#include "AuthService.h"

#include "db/AuthResult.h"
#include "db/DbWorker.h"

#include <QCoreApplication>
#include <QSqlRecord>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace {

const QString kAccountColumns = u"id, email, full_name, role, status, created_at"_s;

UserAccount accountFromRecord(const QSqlRecord& row)
{
    UserAccount a;
    a.id = row.value(u"id"_s).toLongLong();
    a.email = row.value(u"email"_s).toString();
    a.fullName = row.value(u"full_name"_s).toString();
    a.role = roleFromSql(row.value(u"role"_s).toString()).value_or(Role::Buyer);
    a.active = row.value(u"status"_s).toString() == u"active"_s;
    a.createdAt = row.value(u"created_at"_s).toDateTime();
    return a;
}

Result<UserAccount> loadCurrentAccount(SqlSession& session)
{
    if (!session.tokens()) {
        return std::unexpected(
            ServiceError(ServiceError::Code::Unauthenticated,
                         QCoreApplication::translate("AuthService", "You are not logged in.")));
    }
    return session.transact([](SqlExecutor& sql) -> Result<UserAccount> {
        auto row = sql.queryOne(u"SELECT "_s + kAccountColumns +
                                u" FROM hexastore.users WHERE id = hexastore.current_user_id()"_s);
        if (!row)
            return std::unexpected(row.error());
        return accountFromRecord(*row);
    });
}

Result<LoginResult> signedIn(SqlSession& session)
{
    auto account = loadCurrentAccount(session);
    if (!account)
        return std::unexpected(account.error());
    return LoginResult{*account, *session.tokens()};
}

ServiceError requiredField(const QString& field, const char* message)
{
    return ServiceError(ServiceError::Code::Validation,
                        QCoreApplication::translate("AuthService", message))
        .withField(field);
}

} // namespace

AuthService::AuthService(DbWorker& worker)
    : m_worker(worker)
{}

QString AuthService::deviceDescription()
{
    return QSysInfo::machineHostName() + u" ("_s + QSysInfo::prettyProductName() + u')';
}

QFuture<Result<qint64>> AuthService::registerUser(const QString& email, const QString& password,
                                                  const QString& fullName, Role role)
{
    return m_worker.transact([=](SqlExecutor& sql) -> Result<qint64> {
        auto row = sql.queryOne(u"SELECT hexastore.register_user(?, ?, ?, ?)"_s,
                                {email, password, fullName, roleToSql(role)});
        if (!row)
            return std::unexpected(row.error());
        return row->value(0).toLongLong();
    });
}

QFuture<Result<LoginResult>> AuthService::login(const QString& email, const QString& password,
                                                const QString& device)
{
    if (email.trimmed().isEmpty())
        return DbWorker::refuse<Result<LoginResult>>(
            requiredField(u"email"_s, "Enter your e-mail address."));
    if (password.isEmpty())
        return DbWorker::refuse<Result<LoginResult>>(
            requiredField(u"password"_s, "Enter your password."));
    return m_worker.withSession([=](SqlSession& session) -> Result<LoginResult> {
        session.endSession();
        // The row is committed even when it reports a failure: the failed-login
        // counter it wrote must persist.
        auto row = session.transact([&](SqlExecutor& sql) {
            return sql.queryOne(u"SELECT * FROM hexastore.login(?, ?, ?)"_s,
                                {email, password, device});
        });
        if (!row)
            return std::unexpected(row.error());
        auto tokens = AuthResult::toTokens(*row);
        if (!tokens)
            return std::unexpected(tokens.error());
        if (auto started = session.startSession(*tokens); !started)
            return std::unexpected(started.error());
        return signedIn(session);
    });
}

QFuture<Result<LoginResult>> AuthService::resume(const QString& refreshToken)
{
    return m_worker.withSession([=](SqlSession& session) -> Result<LoginResult> {
        if (auto resumed = session.resumeSession(refreshToken); !resumed)
            return std::unexpected(resumed.error());
        return signedIn(session);
    });
}

QFuture<VoidResult> AuthService::logout()
{
    return m_worker.withSession([](SqlSession& session) -> VoidResult {
        auto done = session.transact(
            [](SqlExecutor& sql) { return sql.execute(u"SELECT hexastore.logout()"_s); });
        session.endSession();
        if (!done)
            return std::unexpected(done.error());
        return {};
    });
}

QFuture<Result<int>> AuthService::logoutEverywhere()
{
    return m_worker.withSession([](SqlSession& session) -> Result<int> {
        auto row = session.transact(
            [](SqlExecutor& sql) { return sql.queryOne(u"SELECT hexastore.logout_all()"_s); });
        session.endSession();
        if (!row)
            return std::unexpected(row.error());
        return row->value(0).toInt();
    });
}

QFuture<VoidResult> AuthService::changePassword(const QString& oldPassword,
                                                const QString& newPassword)
{
    // A wrong current password is an answer, not an error: the failed attempt
    // it counted must commit.
    return m_worker
        .transact([=](SqlExecutor& sql) -> Result<bool> {
            auto row = sql.queryOne(u"SELECT hexastore.change_password(?, ?)"_s,
                                    {oldPassword, newPassword});
            if (!row)
                return std::unexpected(row.error());
            return row->value(0).toBool();
        })
        .then([](const Result<bool>& changed) -> VoidResult {
            if (!changed)
                return std::unexpected(changed.error());
            if (!*changed) {
                return std::unexpected(
                    ServiceError(ServiceError::Code::Validation,
                                 QCoreApplication::translate("AuthService",
                                                             "The current password is wrong."))
                        .withField(u"oldPassword"_s));
            }
            return {};
        });
}

QFuture<Result<UserAccount>> AuthService::currentAccount()
{
    return m_worker.withSession([](SqlSession& session) { return loadCurrentAccount(session); });
}

QFuture<VoidResult> AuthService::renameCurrentUser(const QString& fullName)
{
    return m_worker.transact([=](SqlExecutor& sql) -> VoidResult {
        auto updated = sql.execute(
            u"UPDATE hexastore.users SET full_name = ? WHERE id = hexastore.current_user_id()"_s,
            {fullName.trimmed()});
        if (!updated)
            return std::unexpected(updated.error().withField(u"name"_s));
        return {};
    });
}

QFuture<Result<QList<SessionInfo>>> AuthService::mySessions()
{
    return m_worker.transact([](SqlExecutor& sql) -> Result<QList<SessionInfo>> {
        auto rows = sql.query(u"SELECT * FROM hexastore.my_sessions()"_s);
        if (!rows)
            return std::unexpected(rows.error());
        QList<SessionInfo> sessions;
        for (const QSqlRecord& row : *rows) {
            SessionInfo s;
            s.id = row.value(u"session_id"_s).toLongLong();
            s.device = row.value(u"device"_s).toString();
            s.createdAt = row.value(u"created_at"_s).toDateTime();
            s.lastRefreshedAt = row.value(u"refreshed_at"_s).toDateTime();
            s.current = row.value(u"is_current"_s).toBool();
            sessions.append(s);
        }
        return sessions;
    });
}

QFuture<Result<qint64>> AuthService::createUser(const QString& email, const QString& password,
                                                const QString& fullName, Role role)
{
    return m_worker.transact([=](SqlExecutor& sql) -> Result<qint64> {
        auto row = sql.queryOne(u"SELECT hexastore.admin_create_user(?, ?, ?, ?)"_s,
                                {email, password, fullName, roleToSql(role)});
        if (!row)
            return std::unexpected(row.error());
        return row->value(0).toLongLong();
    });
}

QFuture<VoidResult> AuthService::setUserActive(qint64 userId, bool active)
{
    return m_worker.transact([=](SqlExecutor& sql) -> VoidResult {
        auto done = sql.execute(u"SELECT hexastore.admin_set_user_status(?, ?)"_s,
                                {userId, active ? u"active"_s : u"disabled"_s});
        if (!done)
            return std::unexpected(done.error());
        return {};
    });
}

QFuture<Result<QList<UserAccount>>> AuthService::listUsers()
{
    return m_worker.transact([](SqlExecutor& sql) -> Result<QList<UserAccount>> {
        // RLS shows an admin everyone and anyone else only themselves.
        auto rows = sql.query(u"SELECT "_s + kAccountColumns +
                              u" FROM hexastore.users ORDER BY id LIMIT 1000"_s);
        if (!rows)
            return std::unexpected(rows.error());
        QList<UserAccount> users;
        for (const QSqlRecord& row : *rows)
            users.append(accountFromRecord(row));
        return users;
    });
}
