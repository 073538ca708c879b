#pragma once

#include <QObject>
#include <QThread>

#include <atomic>

class QLocalSocket;
class QTcpServer;
class QTcpSocket;

// A loopback TCP proxy in front of a PostgreSQL Unix socket, on its own
// thread, that a fault test or benchmark can turn into a broken network: "down" drops every
// connection and refuses new ones (the server unreachable, as far as the
// client can tell); a cut drops a connection after a number of bytes from
// the server; and the reply to a COMMIT can be swallowed with the connection
// (the commit happened, the client never hears of it).
class TcpProxy final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpProxy)
public:
    explicit TcpProxy(const QString& upstreamSocket);
    ~TcpProxy() override;

    quint16 port() const { return m_port; }
    void setDown(bool down);
    bool isDown() const { return m_down; }
    // Drops the next connection that carries more than `bytes` from the server
    // (once); 0: never.
    void cutAfter(qint64 bytes) { m_cutAfter = bytes; }
    // Drops the connection instead of passing on the next COMMIT's reply (once).
    void dropNextCommitReply() { m_dropCommit = true; }
    // Connections dropped by a fault so far.
    int faultsFired() const { return m_faults; }

private:
    void accept();
    void pipe(QTcpSocket* client);
    void dropAll();

    QString m_upstream;
    QThread m_thread;
    QObject* m_context = nullptr;
    QTcpServer* m_server = nullptr;
    quint16 m_port = 0;
    std::atomic<bool> m_down{false};
    std::atomic<qint64> m_cutAfter{0};
    std::atomic<bool> m_dropCommit{false};
    std::atomic<int> m_faults{0};
};
