#include "DatabaseConnection.h"

#include "SqlErrorMapper.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <vector>

using namespace Qt::StringLiterals;

DatabaseConnection::DatabaseConnection(ConnectionSettings settings)
    : m_settings(std::move(settings))
{}

DatabaseConnection::~DatabaseConnection()
{
    close();
}

VoidResult DatabaseConnection::open()
{
    close();
    const QList<std::pair<QByteArray, QByteArray>> parameters = m_settings.libpqParameters();
    std::vector<const char*> keywords;
    std::vector<const char*> values;
    for (const auto& [keyword, value] : parameters) {
        keywords.push_back(keyword.constData());
        values.push_back(value.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    m_connection = PQconnectdbParams(keywords.data(), values.data(), 0);
    if (!m_connection) {
        return std::unexpected(SqlErrorMapper::fromSqlState(u"08001"_s, u"out of memory"_s));
    }
    if (PQstatus(m_connection) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
        close();
        // libpq reports no SQLSTATE for a failed connection attempt.
        QString state = u"08001"_s;
        if (message.contains(u"password authentication failed"_s) ||
            message.contains(u"no password supplied"_s))
            state = u"28P01"_s;
        else if (message.contains(u"does not exist"_s) && message.contains(u"database"_s))
            state = u"3D000"_s;
        return std::unexpected(SqlErrorMapper::fromSqlState(state, message));
    }
    // Values are read as ISO text (SqlRecordReader); a server configured
    // otherwise is refused rather than misread.
    const char* dateStyle = PQparameterStatus(m_connection, "DateStyle");
    if (!dateStyle || qstrncmp(dateStyle, "ISO", 3) != 0) {
        close();
        return std::unexpected(ServiceError(
            ServiceError::Code::Internal,
            QCoreApplication::translate("DatabaseConnection",
                                        "The database server writes dates as \"%1\"; HexaStore "
                                        "needs DateStyle = 'ISO' in its configuration.")
                .arg(QString::fromLatin1(dateStyle ? dateStyle : "?")),
            u"DateStyle"_s));
    }
    return {};
}

void DatabaseConnection::close()
{
    if (m_connection) {
        PQfinish(m_connection);
        m_connection = nullptr;
    }
}

bool DatabaseConnection::isOpen() const
{
    return m_connection && PQstatus(m_connection) == CONNECTION_OK;
}

bool DatabaseConnection::isStandby() const
{
    // Reported by PostgreSQL 14 and later, and again when a promotion changes it.
    const char* hotStandby =
        m_connection ? PQparameterStatus(m_connection, "in_hot_standby") : nullptr;
    return hotStandby && qstrcmp(hotStandby, "on") == 0;
}
