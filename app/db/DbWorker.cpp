#include "DbWorker.h"

using namespace Qt::StringLiterals;

DbWorker::DbWorker(ConnectionSettings settings, std::optional<ConnectionSettings> readServer,
                   QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_session(std::make_unique<SqlSession>(m_settings, std::move(readServer)))
{
    m_thread.setObjectName(u"hexastore-db"_s);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);

    // Called on the worker thread; the signals queue over to receivers elsewhere.
    m_session->setObserver({
        [this](bool connected, const QString& message) {
            emit connectionStateChanged(connected, message);
        },
        [this](const SessionTokens& tokens) { emit sessionTokensRotated(tokens); },
        [this](const ServiceError& reason) { emit sessionEnded(reason); },
    });
    m_thread.start();
}

DbWorker::~DbWorker()
{
    // The connection must be closed by the thread that opened it.
    QMetaObject::invokeMethod(
        m_context, [this] { m_session.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}
