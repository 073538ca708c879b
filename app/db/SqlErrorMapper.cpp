#include "SqlErrorMapper.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

namespace {

struct Known {
    const char* sqlState;
    Code code;
    const char* field;
    const char* message;
};

// clang-format off
constexpr Known kKnown[] = {
    {"HX101", Code::Validation, "email", QT_TRANSLATE_NOOP("SqlErrorMapper", "Enter a valid e-mail address, like name@example.com.")},
    {"HX102", Code::Validation, "name", QT_TRANSLATE_NOOP("SqlErrorMapper", "Enter a name of 1 to 200 characters.")},
    {"HX103", Code::Conflict, "email", QT_TRANSLATE_NOOP("SqlErrorMapper", "An account with this e-mail address already exists. Log in instead, or use another address.")},
    {"HX104", Code::Validation, "password", QT_TRANSLATE_NOOP("SqlErrorMapper", "The password is too short: use at least 8 characters.")},
    {"HX105", Code::Validation, "password", QT_TRANSLATE_NOOP("SqlErrorMapper", "The password is too long: use at most 128 characters.")},
    {"HX106", Code::Validation, "password", QT_TRANSLATE_NOOP("SqlErrorMapper", "The password must not be your e-mail address.")},
    {"HX107", Code::Validation, "password", QT_TRANSLATE_NOOP("SqlErrorMapper", "This password is too common and easy to guess. Choose another one.")},
    {"HX108", Code::Forbidden, "role", QT_TRANSLATE_NOOP("SqlErrorMapper", "Only buyer and seller accounts can be registered here. Ask an administrator for other kinds of account.")},
    {"HX110", Code::Forbidden, "password", QT_TRANSLATE_NOOP("SqlErrorMapper", "Too many wrong passwords. Wait a while, then try again.")},
    {"HX111", Code::Validation, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "Unknown role or status.")},
    {"HX112", Code::Forbidden, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "Administrators cannot change their own status.")},
    {"HX113", Code::NotFound, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "This user no longer exists.")},
    {"HX201", Code::Conflict, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "The category is not empty: move or delete its products and subcategories first.")},
    {"HX202", Code::Validation, "parent", QT_TRANSLATE_NOOP("SqlErrorMapper", "A category cannot be moved below itself.")},
    {"HX203", Code::Validation, "variants", QT_TRANSLATE_NOOP("SqlErrorMapper", "A product needs at least one variant.")},
    {"HX204", Code::NotFound, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "This product no longer exists.")},
    {"HX211", Code::Validation, "image", QT_TRANSLATE_NOOP("SqlErrorMapper", "The image is larger than 5 MB.")},
    {"28000", Code::Unauthenticated, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "Your session has ended. Please log in again.")},
    {"28P01", Code::Unavailable, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "The database refused the connection: the client role's password is wrong.")},
    {"42501", Code::Forbidden, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "You are not allowed to do this.")},
    {"23505", Code::Conflict, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "This already exists.")},
    {"23503", Code::Conflict, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "This refers to something that no longer exists, or is still in use.")},
    {"40001", Code::Conflict, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "Someone else changed the same data at the same moment. Please try again.")},
    {"40P01", Code::Conflict, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "Someone else changed the same data at the same moment. Please try again.")},
    {"3D000", Code::Unavailable, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "The database does not exist on this server.")},
};
// clang-format on

} // namespace

ServiceError SqlErrorMapper::fromSqlState(const QString& sqlState, const QString& detail)
{
    for (const Known& known : kKnown) {
        if (sqlState == QLatin1StringView(known.sqlState)) {
            ServiceError error(known.code, tr(known.message), detail, sqlState);
            return error.withField(QString::fromLatin1(known.field));
        }
    }
    const QStringView sqlClass = QStringView(sqlState).left(2);
    if (sqlState.isEmpty() || sqlClass == u"08" || sqlClass == u"57" || sqlClass == u"53") {
        return ServiceError(Code::Unavailable,
                            tr("The database server cannot be reached. Check the connection; "
                               "HexaStore will try again."),
                            detail, sqlState);
    }
    if (sqlClass == u"22" || sqlClass == u"23")
        return ServiceError(Code::Validation, tr("Some of the values are not valid."), detail,
                            sqlState);
    if (sqlClass == u"42" || sqlClass == u"2B")
        return ServiceError(Code::Internal,
                            tr("The database does not match this version of HexaStore."), detail,
                            sqlState);
    return ServiceError(Code::Internal,
                        tr("Something went wrong in the database. The details were logged."),
                        detail, sqlState);
}

ServiceError SqlErrorMapper::map(const QSqlError& error)
{
    QString sqlState = error.nativeErrorCode();
    // QPSQL reports no SQLSTATE when there is no server result: a failed
    // connection attempt, or a connection that broke under a statement.
    if (sqlState.isEmpty()) {
        const QString text = error.databaseText();
        if (text.contains(u"password authentication failed"_s) ||
            text.contains(u"no password supplied"_s))
            sqlState = u"28P01"_s;
        else if (error.type() == QSqlError::ConnectionError)
            sqlState = u"08001"_s;
        else
            sqlState = u"08006"_s;
    }
    return fromSqlState(sqlState, error.text());
}

bool SqlErrorMapper::isConnectionLost(const ServiceError& error)
{
    const QString& s = error.sqlState();
    return s.startsWith(u"08"_s) || s == u"57P01"_s || s == u"57P02"_s || s == u"57P03"_s;
}

bool SqlErrorMapper::isRetryableConflict(const ServiceError& error)
{
    return error.sqlState() == u"40001"_s || error.sqlState() == u"40P01"_s;
}

bool SqlErrorMapper::isTokenRejected(const ServiceError& error)
{
    return error.sqlState() == u"28000"_s;
}
