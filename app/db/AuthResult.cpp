#include "AuthResult.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

Result<SessionTokens> AuthResult::toTokens(const QSqlRecord& row)
{
    const QString status = row.value(u"status"_s).toString();
    if (status == u"ok"_s || status == u"password_change_required"_s) {
        SessionTokens t;
        t.userId = row.value(u"user_id"_s).toLongLong();
        t.role = roleFromSql(row.value(u"role"_s).toString()).value_or(Role::Buyer);
        t.accessToken = row.value(u"access_token"_s).toString();
        t.accessExpiresAt = row.value(u"access_expires_at"_s).toDateTime();
        t.refreshToken = row.value(u"refresh_token"_s).toString();
        t.refreshExpiresAt = row.value(u"refresh_expires_at"_s).toDateTime();
        t.passwordChangeRequired = status == u"password_change_required"_s;
        return t;
    }
    if (status == u"invalid_credentials"_s) {
        return std::unexpected(ServiceError(Code::Unauthenticated,
                                            tr("The e-mail address or the password is wrong."),
                                            status)
                                   .withField(u"password"_s));
    }
    if (status == u"locked"_s) {
        const QDateTime until = row.value(u"retry_at"_s).toDateTime().toLocalTime();
        return std::unexpected(ServiceError(
            Code::Forbidden,
            tr("Too many failed attempts: logging in to this account is blocked until %1.")
                .arg(QLocale().toString(until, QLocale::ShortFormat)),
            status));
    }
    if (status == u"disabled"_s) {
        return std::unexpected(
            ServiceError(Code::Forbidden,
                         tr("This account has been disabled. Contact an administrator."), status));
    }
    if (status == u"revoked"_s) {
        return std::unexpected(ServiceError(
            Code::Unauthenticated,
            tr("An administrator ended this session (or changed your account). Please log in "
               "again."),
            status));
    }
    if (status == u"token_reused"_s) {
        return std::unexpected(ServiceError(
            Code::Unauthenticated,
            tr("For your safety this login was ended, because its saved sign-in was used twice. "
               "Please log in again."),
            status));
    }
    return std::unexpected(ServiceError(
        Code::Unauthenticated, tr("Your saved login has expired. Please log in again."), status));
}
