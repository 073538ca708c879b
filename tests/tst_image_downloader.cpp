// ImageDownloader against a small HTTP server on 127.0.0.1 run by the test.
#include "services/media/ImageDownloader.h"
#include "tests/support/SyncWait.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Answers every request with `response` (or never answers when it is empty).
class TinyHttpServer : public QTcpServer {
public:
    QByteArray response;
    TinyHttpServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    if (response.isEmpty())
                        return; // hang
                    socket->write(response);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString url() const { return u"http://127.0.0.1:%1/picture.png"_s.arg(serverPort()); }
};

QByteArray ok(const QByteArray& body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}
} // namespace

class TstImageDownloader : public QObject {
    Q_OBJECT

private slots:
    void downloads()
    {
        TinyHttpServer server;
        server.response = ok("\x89PNG pretend bytes");
        ImageDownloader downloader;
        auto bytes = await(downloader.fetch(QUrl(server.url())));
        QVERIFY(bytes.has_value());
        QCOMPARE(*bytes, QByteArray("\x89PNG pretend bytes"));
    }

    void stopsAtTheSizeLimit()
    {
        TinyHttpServer server;
        server.response = ok(QByteArray(300 * 1024, 'x'));
        ImageDownloader downloader(nullptr, 5000, 100 * 1024);
        auto bytes = await(downloader.fetch(QUrl(server.url())));
        QVERIFY(!bytes.has_value());
        QVERIFY(bytes.error().message().contains(u"larger than"_s));
    }

    void givesUpAfterTheTimeout()
    {
        TinyHttpServer server; // never answers
        ImageDownloader downloader(nullptr, 300);
        auto bytes = await(downloader.fetch(QUrl(server.url())));
        QVERIFY(!bytes.has_value());
        QVERIFY(bytes.error().message().contains(u"too long"_s));
    }

    void refusesOtherSchemes()
    {
        ImageDownloader downloader;
        for (const QString& url :
             {u"file:///etc/passwd"_s, u"ftp://example.com/x.png"_s, u"not a url"_s}) {
            auto bytes = await(downloader.fetch(QUrl(url)));
            QVERIFY(!bytes.has_value());
            QVERIFY(bytes.error().message().contains(u"http"_s));
        }
    }

    void reportsHttpErrors()
    {
        TinyHttpServer server;
        server.response =
            "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        ImageDownloader downloader;
        auto bytes = await(downloader.fetch(QUrl(server.url())));
        QVERIFY(!bytes.has_value());
        QVERIFY(bytes.error().message().contains(u"could not be downloaded"_s));
    }
};

QTEST_MAIN(TstImageDownloader)
#include "tst_image_downloader.moc"
