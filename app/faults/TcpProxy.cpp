#include "TcpProxy.h"

#include <QLocalSocket>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>

TcpProxy::TcpProxy(const QString& upstreamSocket)
    : m_upstream(upstreamSocket)
{
    m_thread.setObjectName(QStringLiteral("tcp-proxy"));
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QSemaphore listening;
    QMetaObject::invokeMethod(m_context, [this, &listening] {
        m_server = new QTcpServer(m_context);
        m_server->listen(QHostAddress::LocalHost, 0);
        m_port = m_server->serverPort();
        QObject::connect(m_server, &QTcpServer::newConnection, m_context, [this] { accept(); });
        listening.release();
    });
    listening.acquire();
}

TcpProxy::~TcpProxy()
{
    QMetaObject::invokeMethod(
        m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TcpProxy::setDown(bool down)
{
    m_down = down;
    if (down)
        QMetaObject::invokeMethod(
            m_context, [this] { dropAll(); }, Qt::BlockingQueuedConnection);
}

void TcpProxy::dropAll()
{
    const auto clients = m_context->findChildren<QTcpSocket*>();
    for (QTcpSocket* client : clients)
        client->abort();
}

void TcpProxy::accept()
{
    while (QTcpSocket* client = m_server->nextPendingConnection()) {
        client->setParent(m_context);
        if (m_down) {
            client->abort();
            client->deleteLater();
            continue;
        }
        pipe(client);
    }
}

void TcpProxy::pipe(QTcpSocket* client)
{
    auto* server = new QLocalSocket(client);
    auto fromServer = std::make_shared<qint64>(0);
    auto close = [client, server] {
        server->abort();
        client->abort();
        client->deleteLater();
    };
    QObject::connect(client, &QTcpSocket::readyRead, server,
                     [client, server] { server->write(client->readAll()); });
    QObject::connect(
        server, &QLocalSocket::readyRead, client, [this, client, server, fromServer, close] {
            const QByteArray data = server->readAll();
            *fromServer += data.size();
            qint64 cut = m_cutAfter;
            if (cut > 0 && *fromServer > cut && m_cutAfter.compare_exchange_strong(cut, 0)) {
                ++m_faults;
                client->write(data.left(std::max<qint64>(0, data.size() - (*fromServer - cut))));
                client->flush();
                close();
                return;
            }
            // CommandComplete ('C') with the tag "COMMIT".
            if (m_dropCommit && data.contains(QByteArrayLiteral("COMMIT\0"))) {
                bool expected = true;
                if (m_dropCommit.compare_exchange_strong(expected, false)) {
                    ++m_faults;
                    close();
                    return;
                }
            }
            client->write(data);
        });
    QObject::connect(client, &QTcpSocket::disconnected, server, close);
    QObject::connect(server, &QLocalSocket::disconnected, client, close);
    server->connectToServer(m_upstream);
    if (!server->waitForConnected(5000))
        close();
}
