#pragma once

#include "domain/Role.h"
#include "domain/ServiceError.h"
#include "domain/SessionInfo.h"
#include "domain/UserAccount.h"
#include "LoginResult.h"

#include <QFuture>
#include <QList>

class DbWorker;

// Accounts and sessions (issue #2; SQL contract in docs/sql-api.md).
class AuthService final {
public:
    explicit AuthService(DbWorker& worker);

    QFuture<Result<qint64>> registerUser(const QString& email, const QString& password,
                                         const QString& fullName, Role role);
    QFuture<Result<LoginResult>> login(const QString& email, const QString& password,
                                       const QString& device);
    // "Remember me": signs in with a stored refresh token (which rotates).
    QFuture<Result<LoginResult>> resume(const QString& refreshToken);
    QFuture<VoidResult> logout();
    QFuture<Result<int>> logoutEverywhere();
    QFuture<VoidResult> changePassword(const QString& oldPassword, const QString& newPassword);
    // After a login that answered passwordChangeRequired (an administrator
    // reset the password): sets the new one and returns the full login.
    QFuture<Result<LoginResult>> completePasswordChange(const QString& oldPassword,
                                                        const QString& newPassword);
    // Password reset by e-mail: asking always succeeds the same way, whether
    // or not the address has an account (nothing tells them apart); the code
    // arrives by e-mail. resetPassword() answers false for a wrong, used or
    // expired code, and ends every session of the account when it works.
    QFuture<VoidResult> requestPasswordReset(const QString& email);
    QFuture<Result<bool>> resetPassword(const QString& email, const QString& code,
                                        const QString& newPassword);
    QFuture<Result<UserAccount>> currentAccount();
    // Whether the user's notifications also go out by e-mail (mail send).
    QFuture<Result<bool>> emailNotifications();
    QFuture<VoidResult> setEmailNotifications(bool on);
    QFuture<VoidResult> renameCurrentUser(const QString& fullName);
    QFuture<Result<QList<SessionInfo>>> mySessions();

    static QString deviceDescription();

private:
    DbWorker& m_worker;
};
