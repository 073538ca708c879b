#include "ServiceError.h"

using namespace Qt::StringLiterals;

ServiceError::ServiceError(Code code, QString message, QString detail, QString sqlState)
    : m_code(code)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
    , m_sqlState(std::move(sqlState))
{}

ServiceError& ServiceError::withField(QString field)
{
    m_field = std::move(field);
    return *this;
}

QString ServiceError::codeName(Code code)
{
    switch (code) {
    case Code::Validation:
        return u"validation"_s;
    case Code::NotFound:
        return u"not-found"_s;
    case Code::Forbidden:
        return u"forbidden"_s;
    case Code::Conflict:
        return u"conflict"_s;
    case Code::Unauthenticated:
        return u"unauthenticated"_s;
    case Code::Unavailable:
        return u"unavailable"_s;
    case Code::Internal:
        return u"internal"_s;
    }
    return u"internal"_s;
}
