#pragma once

#include "domain/LoginEvent.h"
#include "domain/NewUserAccount.h"
#include "domain/Role.h"
#include "domain/ServiceError.h"
#include "domain/SessionInfo.h"
#include "domain/UserActivity.h"
#include "domain/UserListRow.h"
#include "domain/UserQuery.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>

#include <optional>

class DbWorker;

// The administrators' side of accounts: the user list, a user's detail and
// login history, and the actions on a user. Every action takes a reason and
// is audited; the database refuses them to anyone but an administrator, on
// their own account, and against the last active administrator.
class UserAdminService final {
    Q_DECLARE_TR_FUNCTIONS(UserAdminService)

public:
    explicit UserAdminService(DbWorker& worker);

    QFuture<Result<QList<UserListRow>>>
    users(const UserQuery& query, std::optional<UserQuery::After> after = {}, int limit = 200);
    QFuture<Result<UserAccount>> user(qint64 userId);
    QFuture<Result<UserActivity>> activity(qint64 userId);
    QFuture<Result<QList<SessionInfo>>> sessions(qint64 userId);
    // Newest first; `beforeId` continues the list.
    QFuture<Result<QList<LoginEvent>>>
    loginHistory(qint64 userId, std::optional<qint64> beforeId = {}, int limit = 100);

    QFuture<VoidResult> setActive(qint64 userId, bool active, const QString& reason);
    QFuture<VoidResult> setRole(qint64 userId, Role role, const QString& reason);
    // Returns how many sessions ended.
    QFuture<Result<int>> revokeSessions(qint64 userId, const QString& reason);
    // Returns the one-time password to pass on.
    QFuture<Result<QString>> resetPassword(qint64 userId, const QString& reason);
    QFuture<Result<NewUserAccount>> createUser(const QString& email, const QString& fullName,
                                               Role role, const QString& reason);

    static std::optional<ServiceError> checkReason(const QString& reason);

private:
    DbWorker& m_worker;
};
