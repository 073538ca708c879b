#pragma once

#include <QString>

#include <expected>

// The one error type of the service layer. `message` is translated text a user
// can act on; `detail` is technical context for logs and is never shown raw.
class ServiceError {
public:
    enum class Code {
        Validation,
        NotFound,
        Forbidden,
        Conflict,
        Unauthenticated,
        Unavailable,
        Internal,
    };

    ServiceError() = default;
    ServiceError(Code code, QString message, QString detail = {}, QString sqlState = {});

    Code code() const { return m_code; }
    const QString& message() const { return m_message; }
    const QString& detail() const { return m_detail; }
    const QString& sqlState() const { return m_sqlState; }

    // The input field the error is about ("email", "password"), for forms.
    const QString& field() const { return m_field; }
    ServiceError& withField(QString field);

    static QString codeName(Code code);

private:
    Code m_code = Code::Internal;
    QString m_message;
    QString m_detail;
    QString m_sqlState;
    QString m_field;
};

template <class T>
using Result = std::expected<T, ServiceError>;
using VoidResult = std::expected<void, ServiceError>;
