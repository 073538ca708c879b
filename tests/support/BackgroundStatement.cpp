#include "BackgroundStatement.h"

#include "db/DatabaseConnection.h"
#include "db/SqlExecutor.h"

#include <QDeadlineTimer>
#include <QSqlRecord>
#include <QThread>

using namespace Qt::StringLiterals;

BackgroundStatement::BackgroundStatement(ConnectionSettings settings, const QString& accessToken,
                                         const QString& sql, const QVariantList& params)
    : m_settings(settings)
    , m_thread([this, settings = std::move(settings), accessToken, sql, params] {
        // Qt Sql connections belong to the thread that opens them.
        DatabaseConnection connection(settings);
        if (auto opened = connection.open(); !opened) {
            m_result = u"<error connect>"_s;
            m_pid = -1;
            m_finished = true;
            return;
        }
        SqlExecutor executor(connection);
        executor.setIdentity(accessToken);
        auto who = executor.queryOne(u"SELECT pg_backend_pid()"_s);
        m_pid = who ? who->value(0).toLongLong() : -1;
        auto row = executor.queryOne(sql, params);
        m_result = row ? row->value(0).toString() : u"<error %1>"_s.arg(row.error().sqlState());
        m_finished = true;
    })
{}

BackgroundStatement::~BackgroundStatement()
{
    // A test that failed while the statement still waits for its lock must
    // not hang here: the statement is cancelled first.
    if (!m_finished && m_pid > 0) {
        DatabaseConnection canceller(m_settings);
        if (canceller.open())
            (void)SqlExecutor(canceller).execute(u"SELECT pg_cancel_backend(?)"_s, {qint64(m_pid)});
    }
    if (m_thread.joinable())
        m_thread.join();
}

bool BackgroundStatement::waitUntilBlocked(SqlExecutor& observer, int timeoutMs)
{
    for (QDeadlineTimer deadline(timeoutMs); !deadline.hasExpired() && !m_finished;
         QThread::msleep(5)) {
        const qint64 pid = m_pid;
        if (pid <= 0)
            continue;
        auto row = observer.queryOne(
            u"SELECT coalesce(wait_event_type = 'Lock', false) FROM pg_stat_activity WHERE pid = ?"_s,
            {pid});
        if (row && row->value(0).toBool())
            return true;
    }
    return false;
}

QString BackgroundStatement::result()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_result;
}
