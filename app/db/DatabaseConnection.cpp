#include "DatabaseConnection.h"

#include "SqlErrorMapper.h"

#include <QCoreApplication>
#include <QSqlError>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {
std::atomic<int> g_connectionCounter{0};
}

DatabaseConnection::DatabaseConnection(ConnectionSettings settings)
    : m_settings(std::move(settings))
    , m_name(u"hexastore-"_s + QString::number(++g_connectionCounter))
{}

DatabaseConnection::~DatabaseConnection()
{
    close();
    QSqlDatabase::removeDatabase(m_name);
}

VoidResult DatabaseConnection::open()
{
    QSqlDatabase db = QSqlDatabase::contains(m_name)
                          ? QSqlDatabase::database(m_name, false)
                          : QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
    if (!db.isValid()) {
        return std::unexpected(ServiceError(
            ServiceError::Code::Internal,
            QCoreApplication::translate("DatabaseConnection",
                                        "The PostgreSQL driver for Qt is not installed "
                                        "(package libqt6sql6-psql)."),
            u"QPSQL driver missing"_s));
    }
    m_settings.applyTo(db);
    // numeric arrives as exact text, never as a double (money is numeric(12,2)).
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!db.open())
        return std::unexpected(SqlErrorMapper::map(db.lastError()));
    return {};
}

void DatabaseConnection::close()
{
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::database(m_name, false).close();
}

bool DatabaseConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase DatabaseConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}
