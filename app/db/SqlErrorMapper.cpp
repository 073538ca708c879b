#include "SqlErrorMapper.h"

#include "domain/DeliveryStatus.h"
#include "domain/Money.h"
#include "domain/OrderStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

namespace {

struct Known {
    const char* sqlState;
    Code code;
    const char* field;
    const char* message;
    // Keys of the DETAIL object that fill %1, %2, … (comma-separated).
    const char* arguments = "";
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
    {"HX114", Code::Forbidden, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "Administrators cannot do this to their own account. Ask another administrator.")},
    {"HX115", Code::Forbidden, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "This is the last active administrator: make another user an administrator first.")},
    {"HX117", Code::Conflict, "role", QT_TRANSLATE_NOOP("SqlErrorMapper", "This user still has %1 open orders or deliveries. Finish or hand them over before changing the role."), "count"},
    {"HX118", Code::Validation, "password", QT_TRANSLATE_NOOP("SqlErrorMapper", "The new password must differ from the current one.")},
    {"HX119", Code::Conflict, "amount", QT_TRANSLATE_NOOP("SqlErrorMapper", "The courier now holds %1, not the amount shown. Count again, then mark it received."), "amount_money"},
    {"HX120", Code::Forbidden, "password", QT_TRANSLATE_NOOP("SqlErrorMapper", "Choose a new password first: an administrator reset yours.")},
    {"HX201", Code::Conflict, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "The category is not empty: move or delete its products and subcategories first.")},
    {"HX202", Code::Validation, "parent", QT_TRANSLATE_NOOP("SqlErrorMapper", "A category cannot be moved below itself.")},
    {"HX203", Code::Validation, "variants", QT_TRANSLATE_NOOP("SqlErrorMapper", "A product needs at least one variant.")},
    {"HX204", Code::NotFound, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "This product no longer exists.")},
    {"HX205", Code::Forbidden, "active", QT_TRANSLATE_NOOP("SqlErrorMapper", "Another seller's listing is hidden or shown with “Hide listing”, which asks for a reason.")},
    {"HX206", Code::Forbidden, "active", QT_TRANSLATE_NOOP("SqlErrorMapper", "An administrator took this listing out of the catalog: “%1”. Change what the reason names and ask an administrator to show it again."), "reason"},
    {"HX207", Code::Conflict, "active", QT_TRANSLATE_NOOP("SqlErrorMapper", "Only a listing an administrator hid can be shown again here; its seller hid this one.")},
    {"HX211", Code::Validation, "image", QT_TRANSLATE_NOOP("SqlErrorMapper", "The image is larger than 5 MB.")},
    {"HX301", Code::Validation, "quantity", QT_TRANSLATE_NOOP("SqlErrorMapper", "Only %3 of “%1” are available; you asked for %2."), "item,asked,available"},
    {"HX302", Code::Conflict, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "“%1” is sold out or no longer sold. Remove it from the cart to go on."), "item"},
    {"HX303", Code::Validation, "quantity", QT_TRANSLATE_NOOP("SqlErrorMapper", "Enter a quantity of at least 1.")},
    {"HX304", Code::Forbidden, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "Only buyer accounts can shop.")},
    {"HX305", Code::Validation, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "Your cart is empty.")},
    {"HX306", Code::Validation, "address", QT_TRANSLATE_NOOP("SqlErrorMapper", "Choose one of your delivery addresses.")},
    {"HX307", Code::Validation, "payment", QT_TRANSLATE_NOOP("SqlErrorMapper", "This payment method is not supported.")},
    {"HX308", Code::NotFound, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "This item is no longer in the catalog.")},
    {"HX311", Code::Validation, "promo", QT_TRANSLATE_NOOP("SqlErrorMapper", "There is no promo code “%1”."), "code"},
    {"HX312", Code::Validation, "promo", QT_TRANSLATE_NOOP("SqlErrorMapper", "The promo code “%1” is not active."), "code"},
    {"HX313", Code::Validation, "promo", QT_TRANSLATE_NOOP("SqlErrorMapper", "The promo code “%1” is valid from %2."), "code,date"},
    {"HX314", Code::Validation, "promo", QT_TRANSLATE_NOOP("SqlErrorMapper", "The promo code “%1” expired on %2."), "code,date"},
    {"HX315", Code::Validation, "promo", QT_TRANSLATE_NOOP("SqlErrorMapper", "The promo code “%1” needs a subtotal of at least %2; the cart comes to %3."), "code,minimum_money,subtotal_money"},
    {"HX316", Code::Validation, "promo", QT_TRANSLATE_NOOP("SqlErrorMapper", "The promo code “%1” has been used up."), "code"},
    {"HX317", Code::Validation, "promo", QT_TRANSLATE_NOOP("SqlErrorMapper", "You have used the promo code “%1” as often as it allows (%2 times)."), "code,times"},
    {"HX321", Code::Conflict, "status", QT_TRANSLATE_NOOP("SqlErrorMapper", "An order that is %1 cannot become %2."), "from_status,to_status"},
    {"HX322", Code::Forbidden, "status", QT_TRANSLATE_NOOP("SqlErrorMapper", "A buyer can only cancel an order.")},
    {"HX323", Code::Forbidden, "status", QT_TRANSLATE_NOOP("SqlErrorMapper", "You have cancelled %1 orders in the last %2 days, the most allowed. Please contact the seller instead."), "count,days"},
    {"HX324", Code::Validation, "reason", QT_TRANSLATE_NOOP("SqlErrorMapper", "Give a reason for this change (at most 1,000 characters).")},
    {"HX325", Code::NotFound, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "This order does not exist, or it is not yours.")},
    {"HX326", Code::Forbidden, "status", QT_TRANSLATE_NOOP("SqlErrorMapper", "A seller can confirm or reject an order only while it is pending.")},
    {"HX327", Code::Conflict, "status", QT_TRANSLATE_NOOP("SqlErrorMapper", "This order is on its way with a courier; it is cancelled only when the delivery is returned.")},
    {"HX331", Code::Forbidden, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "You can review a product once an order with it has been delivered to you.")},
    {"HX332", Code::Validation, "rating", QT_TRANSLATE_NOOP("SqlErrorMapper", "Give a rating of 1 to 5 stars.")},
    {"HX333", Code::Validation, "comment", QT_TRANSLATE_NOOP("SqlErrorMapper", "A review can have at most 2,000 characters.")},
    {"HX334", Code::Conflict, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "You have already reviewed this product; edit that review instead.")},
    {"HX341", Code::Validation, "recipient", QT_TRANSLATE_NOOP("SqlErrorMapper", "Enter the recipient's name (1 to 200 characters).")},
    {"HX342", Code::Validation, "phone", QT_TRANSLATE_NOOP("SqlErrorMapper", "Enter a phone number of 5 to 30 digits, spaces, dashes or brackets, optionally starting with +.")},
    {"HX343", Code::Validation, "country", QT_TRANSLATE_NOOP("SqlErrorMapper", "Enter the country (1 to 100 characters).")},
    {"HX344", Code::Validation, "city", QT_TRANSLATE_NOOP("SqlErrorMapper", "Enter the city (1 to 100 characters).")},
    {"HX345", Code::Validation, "street", QT_TRANSLATE_NOOP("SqlErrorMapper", "Enter the street (1 to 200 characters).")},
    {"HX346", Code::Validation, "house", QT_TRANSLATE_NOOP("SqlErrorMapper", "Enter the house number (1 to 20 characters; the apartment at most 20).")},
    {"HX347", Code::Validation, "postal_code", QT_TRANSLATE_NOOP("SqlErrorMapper", "Enter a postal code of 3 to 12 letters, digits, spaces or dashes.")},
    {"HX348", Code::Validation, "note", QT_TRANSLATE_NOOP("SqlErrorMapper", "A note can have at most 500 characters.")},
    {"HX351", Code::Validation, "code", QT_TRANSLATE_NOOP("SqlErrorMapper", "A promo code has 3 to 32 letters, digits, dashes or underscores.")},
    {"HX352", Code::Validation, "value", QT_TRANSLATE_NOOP("SqlErrorMapper", "A percentage is a whole number from 1 to 100.")},
    {"HX353", Code::Validation, "value", QT_TRANSLATE_NOOP("SqlErrorMapper", "Enter an amount greater than zero.")},
    {"HX354", Code::Validation, "valid_until", QT_TRANSLATE_NOOP("SqlErrorMapper", "The end of validity must come after its start.")},
    {"HX355", Code::Validation, "limits", QT_TRANSLATE_NOOP("SqlErrorMapper", "The minimum subtotal cannot be negative, and usage limits must be at least 1.")},
    {"HX356", Code::Conflict, "code", QT_TRANSLATE_NOOP("SqlErrorMapper", "A promo code “%1” already exists (codes ignore case)."), "code"},
    {"HX357", Code::Validation, "limits", QT_TRANSLATE_NOOP("SqlErrorMapper", "The code has been used %1 times already; the limit cannot be lower."), "used"},
    {"HX401", Code::Conflict, "status", QT_TRANSLATE_NOOP("SqlErrorMapper", "A delivery that is “%1” cannot become “%2”."), "from_delivery_status,to_delivery_status"},
    {"HX402", Code::Conflict, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "Only a confirmed order is dispatched; this one is %1."), "order_status"},
    {"HX403", Code::Validation, "courier", QT_TRANSLATE_NOOP("SqlErrorMapper", "Deliveries go to active couriers only.")},
    {"HX404", Code::NotFound, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "This delivery no longer exists.")},
    {"HX405", Code::Validation, "reason", QT_TRANSLATE_NOOP("SqlErrorMapper", "Say why the delivery failed; for “other”, add a note (at most 500 characters).")},
    {"HX406", Code::Validation, "recipient", QT_TRANSLATE_NOOP("SqlErrorMapper", "Enter the name of the person who took the delivery.")},
    {"HX407", Code::Validation, "cash", QT_TRANSLATE_NOOP("SqlErrorMapper", "The cash collected must be the order's total of %1; you entered %2."), "total_money,cash_money"},
    {"HX408", Code::Conflict, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "After three failed attempts the goods go back to the seller.")},
    {"HX409", Code::Conflict, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "This delivery is no longer assigned to you.")},
    {"HX410", Code::Validation, "photo", QT_TRANSLATE_NOOP("SqlErrorMapper", "The photo or signature did not reach the server.")},
    {"HX411", Code::Forbidden, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "Only the courier this device belongs to can sync it.")},
    {"HX412", Code::Internal, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "The server could not read the changes this device sent.")},
    {"HX413", Code::Conflict, "", QT_TRANSLATE_NOOP("SqlErrorMapper", "The server had already received this change.")},
    {"HX414", Code::Validation, "reason", QT_TRANSLATE_NOOP("SqlErrorMapper", "A reason can have at most 1,000 characters.")},
    {"HX415", Code::Validation, "phone", QT_TRANSLATE_NOOP("SqlErrorMapper", "Enter a phone number of 5 to 30 digits, spaces, dashes or brackets, optionally starting with +, or leave it empty.")},
    {"HX416", Code::Validation, "pickup_address", QT_TRANSLATE_NOOP("SqlErrorMapper", "A pickup address can have at most 500 characters.")},
    {"HX417", Code::Conflict, "status", QT_TRANSLATE_NOOP("SqlErrorMapper", "The delivery changed meanwhile; see its current state.")},
    {"HX418", Code::Validation, "reason", QT_TRANSLATE_NOOP("SqlErrorMapper", "Say why the delivery goes to another courier on its way.")},
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

// The JSON object the database put in DETAIL ("DETAIL:  {...}" in a server
// message, or the bare object from cart_quote()).
QJsonObject detailObject(const QString& detail)
{
    QString json = detail.trimmed();
    const qsizetype at = detail.indexOf(u"DETAIL:  "_s);
    if (at >= 0) {
        const qsizetype start = at + 9;
        const qsizetype end = detail.indexOf(u'\n', start);
        json = detail.mid(start, end < 0 ? -1 : end - start);
    }
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// Values are shown in the user's language: amounts and dates in their locale,
// order statuses by their translated names.
QString argumentText(const QString& key, const QJsonValue& value)
{
    const QLocale locale;
    if (key.endsWith(u"_money"_s)) {
        const QString decimal =
            value.isString() ? value.toString() : QString::number(value.toDouble(), 'f', 2);
        if (auto money = Money::fromDecimal(decimal))
            return money->toString(locale);
    }
    if (key.endsWith(u"_delivery_status"_s)) {
        if (auto status = deliveryStatusFromSql(value.toString()))
            return deliveryStatusDisplayName(*status);
    }
    if (key.endsWith(u"_status"_s)) {
        if (auto status = orderStatusFromSql(value.toString()))
            return orderStatusDisplayName(*status);
    }
    if (key == u"date"_s) {
        const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (at.isValid())
            return locale.toString(at.toLocalTime(), QLocale::ShortFormat);
    }
    if (value.isDouble())
        return locale.toString(value.toInteger());
    return value.toString();
}

// Replaces %1…%9 in one pass, so that a value containing "%2" stays as it is.
QString fillIn(const QString& message, const QStringList& arguments)
{
    QString out;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const QChar c = message.at(i);
        if (c == u'%' && i + 1 < message.size() && message.at(i + 1).isDigit()) {
            const int n = message.at(i + 1).digitValue();
            if (n >= 1 && n <= arguments.size()) {
                out += arguments.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

ServiceError SqlErrorMapper::fromSqlState(const QString& sqlState, const QString& detail)
{
    for (const Known& known : kKnown) {
        if (sqlState == QLatin1StringView(known.sqlState)) {
            const QJsonObject values = detailObject(detail);
            QStringList arguments;
            const auto keys = QString::fromLatin1(known.arguments).split(u',', Qt::SkipEmptyParts);
            for (const QString& key : keys)
                arguments << argumentText(key, values.value(key));
            ServiceError error(known.code, fillIn(tr(known.message), arguments), detail, sqlState);
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

QString SqlErrorMapper::deliveryRejection(const QString& sqlState, const QString& fromStatus,
                                          const QString& toStatus, const QString& serverText)
{
    const bool known = std::any_of(std::begin(kKnown), std::end(kKnown), [&](const Known& k) {
        return sqlState == QLatin1StringView(k.sqlState);
    });
    if (!known)
        return serverText;
    QJsonObject detail;
    detail[u"from_delivery_status"_s] = fromStatus;
    detail[u"to_delivery_status"_s] = toStatus;
    return fromSqlState(sqlState,
                        QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)))
        .message();
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
