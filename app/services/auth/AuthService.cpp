#include "AuthService.h"

#include "db/AuthResult.h"
#include "db/DbWorker.h"
#include "UserAccountRow.h"

#include <QCoreApplication>
#include <QSqlRecord>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace {

Result<UserAccount> loadCurrentAccount(SqlSession& session)
{
    if (!session.tokens()) {
        return std::unexpected(
            ServiceError(ServiceError::Code::Unauthenticated,
                         QCoreApplication::translate("AuthService", "You are not logged in.")));
    }
    return session.transact([](SqlExecutor& sql) -> Result<UserAccount> {
        auto row = sql.queryOne(u"SELECT "_s + UserAccountRow::columns() +
                                u" FROM hexastore.users WHERE id = hexastore.current_user_id()"_s);
        if (!row)
            return std::unexpected(row.error());
        return UserAccountRow::from(*row);
    });
}

Result<LoginResult> signedIn(SqlSession& session)
{
    auto account = loadCurrentAccount(session);
    if (!account)
        return std::unexpected(account.error());
    return LoginResult{*account, *session.tokens()};
}

ServiceError wrongCurrentPassword()
{
    return ServiceError(
               ServiceError::Code::Validation,
               QCoreApplication::translate("AuthService", "The current password is wrong."))
        .withField(u"oldPassword"_s);
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

QFuture<VoidResult> AuthService::requestPasswordReset(const QString& email)
{
    if (email.trimmed().isEmpty())
        return DbWorker::refuse<VoidResult>(
            requiredField(u"email"_s, "Enter your e-mail address."));
    return m_worker.transact([email](SqlExecutor& sql) -> VoidResult {
        auto done = sql.execute(u"SELECT hexastore.request_password_reset(?)"_s, {email});
        if (!done)
            return std::unexpected(done.error());
        return {};
    });
}

QFuture<Result<bool>> AuthService::resetPassword(const QString& email, const QString& code,
                                                 const QString& newPassword)
{
    if (code.trimmed().isEmpty())
        return DbWorker::refuse<Result<bool>>(requiredField(
            u"code"_s, QT_TRANSLATE_NOOP("AuthService", "Enter the code from the e-mail.")));
    if (newPassword.isEmpty())
        return DbWorker::refuse<Result<bool>>(requiredField(
            u"password"_s, QT_TRANSLATE_NOOP("AuthService", "Enter a new password.")));
    return m_worker.transact([=](SqlExecutor& sql) -> Result<bool> {
        auto row =
            sql.queryOne(u"SELECT hexastore.reset_password(?, ?, ?)"_s, {email, code, newPassword});
        if (!row)
            return std::unexpected(row.error());
        return row->value(0).toBool();
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
        if (tokens->passwordChangeRequired) {
            // The session is good for nothing but change_password, not even
            // for reading the account: the rest comes after the new password.
            UserAccount account;
            account.id = tokens->userId;
            account.email = email.trimmed();
            account.role = tokens->role;
            account.mustChangePassword = true;
            return LoginResult{account, *tokens};
        }
        return signedIn(session);
    });
}

QFuture<Result<LoginResult>> AuthService::completePasswordChange(const QString& oldPassword,
                                                                 const QString& newPassword)
{
    return m_worker.withSession([=](SqlSession& session) -> Result<LoginResult> {
        auto changed = session.transact([&](SqlExecutor& sql) -> Result<bool> {
            auto row = sql.queryOne(u"SELECT hexastore.change_password(?, ?)"_s,
                                    {oldPassword, newPassword});
            if (!row)
                return std::unexpected(row.error());
            return row->value(0).toBool();
        });
        if (!changed)
            return std::unexpected(changed.error());
        if (!*changed)
            return std::unexpected(wrongCurrentPassword());
        session.passwordChanged();
        return signedIn(session);
    });
}

QFuture<Result<LoginResult>> AuthService::resume(const QString& refreshToken)
{
    return m_worker.withSession([=](SqlSession& session) -> Result<LoginResult> {
        if (auto resumed = session.resumeSession(refreshToken); !resumed)
            return std::unexpected(resumed.error());
        if (session.tokens() && session.tokens()->passwordChangeRequired) {
            // Setting the new password needs the one-time one, typed again.
            (void)session.transact(
                [](SqlExecutor& sql) { return sql.execute(u"SELECT hexastore.logout()"_s); });
            session.endSession();
            return std::unexpected(ServiceError(
                ServiceError::Code::Unauthenticated,
                QCoreApplication::translate("AuthService",
                                            "Your password was reset. Log in with the one-time "
                                            "password you were given to choose a new one.")));
        }
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
            if (!*changed)
                return std::unexpected(wrongCurrentPassword());
            return {};
        });
}

QFuture<Result<UserAccount>> AuthService::currentAccount()
{
    return m_worker.withSession([](SqlSession& session) { return loadCurrentAccount(session); });
}

QFuture<Result<bool>> AuthService::emailNotifications()
{
    return m_worker.transact([](SqlExecutor& sql) -> Result<bool> {
        auto row = sql.queryOne(u"SELECT email_notifications FROM hexastore.users "
                                "WHERE id = hexastore.current_user_id()"_s);
        if (!row)
            return std::unexpected(row.error());
        return row->value(0).toBool();
    });
}

QFuture<VoidResult> AuthService::setEmailNotifications(bool on)
{
    return m_worker.transact([on](SqlExecutor& sql) -> VoidResult {
        auto done = sql.execute(u"SELECT hexastore.set_email_notifications(?)"_s, {on});
        if (!done)
            return std::unexpected(done.error());
        return {};
    });
}

QFuture<VoidResult> AuthService::renameCurrentUser(const QString& fullName)
{
    const qsizetype length = fullName.trimmed().size();
    if (length < 1 || length > 200) {
        return DbWorker::refuse<VoidResult>(
            ServiceError(ServiceError::Code::Validation,
                         length ? QCoreApplication::translate(
                                      "AuthService",
                                      "A name can have at most 200 characters; this one has %1.")
                                      .arg(length)
                                : QCoreApplication::translate(
                                      "AuthService", "Enter your name: it cannot be empty."))
                .withField(u"name"_s));
    }
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
